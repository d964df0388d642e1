/**
 * Evidence of who did what: an append-only event log written in the same transaction as the change it
 * records. It listens to {@link no.veiviser.shared.AuditableEvent} and so depends on no domain module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package no.veiviser.audit;
