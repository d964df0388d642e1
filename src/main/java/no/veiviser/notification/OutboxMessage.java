package no.veiviser.notification;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A notice to a person; {@code deliveredAt} is null while it waits in the outbox. */
public record OutboxMessage(UUID id, UUID recipientId, String recipientName, String email, String subject, String body,
                            String link, OffsetDateTime createdAt, OffsetDateTime deliveredAt) {
}
