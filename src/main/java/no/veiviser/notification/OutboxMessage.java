package no.veiviser.notification;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A notice to a person; {@code deliveredAt} is null while it waits in the outbox. An invitation's
 * notice names its invitation and holds no link: the link is made as the e-mail is sent.
 */
public record OutboxMessage(UUID id, UUID recipientId, String recipientName, String email, String subject, String body,
                            String link, UUID invitationId, OffsetDateTime createdAt, OffsetDateTime deliveredAt) {
}
