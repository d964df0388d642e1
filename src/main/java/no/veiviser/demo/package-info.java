/**
 * The demo municipality (Drammen kommune with invented people), loaded when Veiviser runs on its
 * embedded database and never when a database is configured.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package no.veiviser.demo;
