package no.veiviser.notification.internal;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import no.veiviser.identity.Actor;
import no.veiviser.identity.Invitations;
import no.veiviser.notification.OutboxMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox by e-mail when an SMTP server is configured ({@code spring.mail.host}); without
 * one the notices stay in the outbox for the administrator. A notice is marked delivered only after
 * the server accepted it; a failure leaves it (and the rest of the batch) for the next round.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final int BATCH = 50;

    private final OutboxRepository outbox;
    private final Invitations invitations;
    private final ObjectProvider<JavaMailSender> configuredSender;
    private final Clock clock;
    private final String from;
    private final URI baseUrl;
    private final TransactionTemplate transaction;

    MailDelivery(OutboxRepository outbox, Invitations invitations, ObjectProvider<JavaMailSender> configuredSender,
                 Clock clock,
                 @Value("${veiviser.mail.from:Veiviser <ikke-svar@veiviser.local>}") String from,
                 @Value("${veiviser.base-url:http://localhost:8080}") URI baseUrl, PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.outbox = outbox;
        this.invitations = invitations;
        this.configuredSender = configuredSender;
        this.clock = clock;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    @Scheduled(fixedDelayString = "${veiviser.mail.interval:30s}", initialDelayString = "${veiviser.mail.interval:30s}")
    void deliverScheduled() {
        JavaMailSender sender = configuredSender.getIfAvailable();
        if (sender != null) {
            deliverPending(sender);
        }
    }

    /**
     * Sends one batch of undelivered notices in one transaction, so that the rows stay locked while
     * they are sent; returns how many the server accepted. (A template, not an annotation: the
     * scheduled method calls this one on the same object, past any proxy.)
     */
    int deliverPending(JavaMailSender sender) {
        Integer delivered = transaction.execute(status -> deliverBatch(sender));
        return delivered == null ? 0 : delivered;
    }

    private int deliverBatch(JavaMailSender sender) {
        int delivered = 0;
        for (OutboxMessage message : outbox.undeliveredForUpdate(BATCH)) {
            String link = message.invitationId() == null ? message.link()
                    : invitations.issueLink(message.invitationId(), Actor.system()).orElse(null);
            if (link == null) {
                // Accepted or expired meanwhile: there is nothing left to send.
                outbox.markDelivered(message.id(), OffsetDateTime.now(clock));
                continue;
            }
            try {
                sender.send(mail(message, link));
            } catch (MailException e) {
                log.warn("Could not deliver notice {}; it stays in the outbox for the next round: {}", message.id(),
                        e.getMessage());
                break;
            }
            outbox.markDelivered(message.id(), OffsetDateTime.now(clock));
            delivered++;
        }
        return delivered;
    }

    /**
     * The e-mail; an invitation's link was made just now, in this transaction, and replaces any earlier
     * one (should the transaction not commit after sending, the next round sends a new link).
     */
    private SimpleMailMessage mail(OutboxMessage message, String link) {
        var mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(message.email());
        mail.setSubject(message.subject());
        mail.setText(message.body() + "\n\n" + baseUrl.resolve(link));
        return mail;
    }
}
