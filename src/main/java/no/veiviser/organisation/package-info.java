/**
 * The education organisation (utdanningsvirksomhet): a municipality or a consortium, its
 * registrations per specialty (service before the registration date does not count), and its
 * learning arenas.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Education organisation")
package no.veiviser.organisation;
