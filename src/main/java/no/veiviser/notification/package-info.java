/**
 * Notices to people: an activity waiting for a signature, a goal waiting for a recommendation. They
 * carry no personal content, only what waits and a link, and are kept in an outbox the administrator
 * can read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package no.veiviser.notification;
