package no.veiviser.notification;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A notice to a person; {@code deliveredAt} is null while it waits in the outbox. */
public record OutboxMessage(UUID id, UUID recipientId, String recipientName, String email, String subject, String body,
                            String link, OffsetDateTime createdAt, OffsetDateTime deliveredAt) {

    /**
     * The body as the administrator reads it: an invitation's one-time link is hidden once the e-mail
     * has gone out, so that only the invited person can use it. Undelivered (no mail server, as in the
     * demo) it stays visible: the outbox is then the only way the link reaches anyone.
     */
    public String bodyForAdministrator() {
        return deliveredAt == null ? body : body.replaceAll("/invitations/[A-Za-z0-9_-]+", "/invitations/…");
    }
}
