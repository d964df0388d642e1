/**
 * Evidence: the learning activities a candidate records, linked to goals, and their sign-off by a
 * veileder or supervisor who is in a relationship with her.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portfolio")
package no.veiviser.portfolio;
