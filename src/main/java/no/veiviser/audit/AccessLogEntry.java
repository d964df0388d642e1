package no.veiviser.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One read of a person's record: who ({@code readerId}) read which {@code part} of whose record
 * ({@code subjectId}), and under which relationship ({@code basis}).
 */
public record AccessLogEntry(OffsetDateTime readAt, UUID readerId, UUID subjectId, UUID organisationId, String part,
                             String basis) {
}
