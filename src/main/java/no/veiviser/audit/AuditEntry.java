package no.veiviser.audit;

import java.time.OffsetDateTime;

/** One recorded change. {@code details} is the JSON text of the event's details. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, String action, String subjectType,
                         String subjectId, String details) {
}
