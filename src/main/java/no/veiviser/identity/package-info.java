/**
 * People, accounts, sign-in and roles: local accounts with bcrypt, OIDC sign-in (HelseID) and
 * bearer tokens for the API, and which roles a person holds in which education organisation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package no.veiviser.identity;
