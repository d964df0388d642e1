package no.veiviser.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import no.veiviser.TestActors;
import no.veiviser.identity.Actor;
import no.veiviser.identity.NewPerson;
import no.veiviser.identity.People;
import no.veiviser.identity.Profession;
import no.veiviser.portfolio.ActivityType;
import no.veiviser.portfolio.NewActivity;
import no.veiviser.portfolio.Portfolio;
import no.veiviser.programme.RelationshipKind;
import no.veiviser.programme.Relationships;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** With an SMTP server the outbox goes out by e-mail: link only, no personal content, sent once. */
@IntegrationTest
class MailDeliveryTest {

    private static final String SECRET = "Pasient med brystsmerter, notat som ikke skal i e-post";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MailDelivery delivery;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    People people;

    @Autowired
    Relationships relationships;

    @Autowired
    Portfolio portfolio;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutboxRepository outbox;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Autowired
    no.veiviser.identity.Invitations invitations;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void anInvitationKeepsNoLinkAndItsMailCarriesOneThatWorksOnce() throws Exception {
        String address = "invitert." + UUID.randomUUID() + "@example.no";
        UUID invited = people.register(new NewPerson("Inga", "Vik", address, Profession.PHYSICIAN, null),
                Actor.system()).id();
        invitations.invite(invited, Actor.system());
        assertThat(jdbc.sql("select body || ' ' || link from outbox_message where recipient_id = ?").param(invited)
                .query(String.class).single()).as("the outbox holds no token").doesNotContainPattern("/invitations/[A-Za-z0-9_-]+");

        for (int round = 0; round < 100 && delivery.deliverPending(sender()) > 0; round++) {
            assertThat(round).isLessThan(99);
        }
        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> recipient(message).equals(address)).findFirst().orElseThrow();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("http://localhost:8080(/invitations/[A-Za-z0-9_-]+)")
                .matcher((String) mail.getContent());
        assertThat(link.find()).as("the mail carries the link").isTrue();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(link.group(1)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        assertThat(jdbc.sql("select body || ' ' || link from outbox_message where recipient_id = ?").param(invited)
                .query(String.class).single()).as("nor after sending").doesNotContain(link.group(1));

        // A link made later (by hand) replaces the mailed one.
        UUID invitation = invitations.openInvitationOf(invited).orElseThrow();
        String replacement = invitations.issueLink(invitation, Actor.system()).orElseThrow();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(link.group(1)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isNotFound());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(replacement))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
    }

    @Test
    void aNoticeIsMailedOnceWithALinkAndNoPersonalContent() throws Exception {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        String address = "supervisor." + alis.username() + "@example.no";
        UUID supervisor = people.register(new NewPerson("Liv", "Berg", address, Profession.NURSE, "Sykepleier"), Actor.system()).id();
        relationships.start(alis.id(), supervisor, RelationshipKind.SUPERVISOR, LocalDate.of(2026, 9, 1), Actor.system());
        var activity = portfolio.record(TestActors.person(alis.id()), new NewActivity(ActivityType.INTERDISCIPLINARY_WORK, SECRET,
                LocalDate.of(2026, 11, 2), null, null, null, null, List.of("ALM-042")));
        portfolio.requestSignature(TestActors.person(alis.id()), activity.id(), supervisor);

        // Other tests leave notices too; send rounds until nothing is left, then once more to show nothing goes twice.
        for (int round = 0; round < 100 && delivery.deliverPending(sender()) > 0; round++) {
            assertThat(round).isLessThan(99);
        }
        assertThat(delivery.deliverPending(sender())).isZero();

        List<MimeMessage> mine = Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> recipient(message).equals(address)).toList();
        assertThat(mine).hasSize(1);
        MimeMessage mail = mine.get(0);
        String body = GreenMailUtil.getBody(mail);
        assertThat(mail.getSubject()).isEqualTo("En læringsaktivitet venter på din signatur");
        assertThat(body).contains("http://localhost:8080/signing").doesNotContain("brystsmerter")
                .doesNotContain("Kandidat");
        assertThat(jdbc.sql("select delivered_at is not null from outbox_message where recipient_id = ?")
                .param(supervisor).query(Boolean.class).single()).isTrue();
    }

    @Test
    void aNoticeStaysInTheOutboxWhenTheServerIsDown() {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        UUID supervisor = people.register(new NewPerson("Siv", "Lund", "siv." + alis.username() + "@example.no",
                Profession.PHYSICIAN, null), Actor.system()).id();
        relationships.start(alis.id(), supervisor, RelationshipKind.SUPERVISOR, LocalDate.of(2026, 9, 1), Actor.system());
        var activity = portfolio.record(TestActors.person(alis.id()), new NewActivity(ActivityType.MEETING, "Møte", LocalDate.of(2026, 11, 2),
                null, null, null, null, List.of("ALM-042")));
        portfolio.requestSignature(TestActors.person(alis.id()), activity.id(), supervisor);

        var unreachable = new JavaMailSenderImpl();
        unreachable.setHost("localhost");
        unreachable.setPort(1);
        delivery.deliverPending(unreachable);

        assertThat(jdbc.sql("select delivered_at is null from outbox_message where recipient_id = ?")
                .param(supervisor).query(Boolean.class).single()).isTrue();
    }

    @Test
    void theScheduledRoundSendsInsideOneTransactionSoTheRowsStayLocked() {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        UUID supervisor = people.register(new NewPerson("Tor", "Ås", "tor." + alis.username() + "@example.no",
                Profession.PHYSICIAN, null), Actor.system()).id();
        relationships.start(alis.id(), supervisor, RelationshipKind.SUPERVISOR, LocalDate.of(2026, 9, 1), Actor.system());
        var activity = portfolio.record(TestActors.person(alis.id()), new NewActivity(ActivityType.MEETING, "Møte", LocalDate.of(2026, 11, 2),
                null, null, null, null, List.of("ALM-042")));
        portfolio.requestSignature(TestActors.person(alis.id()), activity.id(), supervisor);

        List<Boolean> insideTransaction = new java.util.ArrayList<>();
        var recording = new JavaMailSenderImpl() {
            @Override
            public void send(org.springframework.mail.SimpleMailMessage... messages) {
                insideTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
            }
        };
        // A plain object, no proxy: the scheduled method calls deliverPending on itself, as in production.
        var plain = new MailDelivery(outbox, invitations, new StaticListableBeanFactory(java.util.Map.of("mailSender", recording))
                .getBeanProvider(org.springframework.mail.javamail.JavaMailSender.class), clock,
                "Veiviser <ikke-svar@veiviser.local>", java.net.URI.create("http://localhost:8080"), transactions);
        plain.deliverScheduled();

        assertThat(insideTransaction).isNotEmpty().containsOnly(true);
    }

    private static JavaMailSenderImpl sender() {
        var sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(ServerSetupTest.SMTP.getPort());
        return sender;
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
