/**
 * The shell every page lives in: layout, navigation by role, sign-in page, start page, language
 * choice, friendly error pages and problem details for the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package no.veiviser.web;
