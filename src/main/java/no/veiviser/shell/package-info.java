/**
 * The top of the house: the start page composed for each role, the sign-in page (with the demo
 * logins), the pages still to come, and the administrator's audit trail. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shell")
package no.veiviser.shell;
