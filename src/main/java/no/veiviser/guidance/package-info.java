/**
 * Individual guidance: sessions between a candidate and her veileder with private preparation and
 * minutes, and the hours that count towards § 2. The text of a session is readable only by the
 * candidate and the session's veileder ({@link no.veiviser.guidance.GuidanceSessions#privateText}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Guidance")
package no.veiviser.guidance;
