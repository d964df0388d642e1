/**
 * A stored candidate's readiness: assembles what Veiviser holds about her (enrolment, confirmed
 * service, signed activities, approved goals) into the requirements engine's input, and shows the
 * result as a page with a timeline and as JSON. The engine itself ({@code requirements}) knows no
 * module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Readiness")
package no.veiviser.readiness;
