package no.veiviser.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import no.veiviser.TestActors;
import no.veiviser.approval.GoalApprovals;
import no.veiviser.portfolio.ActivityType;
import no.veiviser.portfolio.NewActivity;
import no.veiviser.portfolio.Portfolio;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * People are told when their work moves: the candidate when an activity is signed or rejected and
 * when a goal is approved or returned; the approver when a submitted goal has every recommendation it
 * needs (once, not for each recommendation). Notices name no goal, activity or reason.
 */
@IntegrationTest
class NoticesTest {

    @Autowired
    FreshCandidates fresh;

    @Autowired
    Portfolio portfolio;

    @Autowired
    GoalApprovals approvals;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCandidateHearsOfSignaturesAndDecisionsAndTheApproverWhenAGoalIsReady() {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        UUID jon = fresh.person("jon.bakke");
        UUID tone = fresh.person("tone.haugland");
        UUID signed = activity(alis, "Felleskonsultasjon om kommunikasjon");
        UUID rejected = activity(alis, "Refleksjonsnotat uten dato");
        portfolio.sign(TestActors.person(jon), request(alis, signed, jon), null);
        portfolio.reject(TestActors.person(jon), request(alis, rejected, jon), "Mangler dato for konsultasjonen");
        assertThat(subjects(alis.id())).containsExactly("En læringsaktivitet er signert", "En læringsaktivitet er avvist");

        long approverNoticesBefore = readyNotices(tone);
        var submitted = approvals.submit(TestActors.person(alis.id()), "ALM-042", "Felleskonsultasjon signert");
        approvals.recommend(TestActors.person(fresh.person("kari.nordby")), submitted.id(), "Anbefales");
        assertThat(readyNotices(tone)).as("still missing the supervisor").isEqualTo(approverNoticesBefore);
        approvals.recommend(TestActors.person(jon), submitted.id(), "Anbefales");
        assertThat(readyNotices(tone)).isEqualTo(approverNoticesBefore + 1);

        approvals.approve(TestActors.person(tone), submitted.id(), "Godkjent");
        var other = approvals.submit(TestActors.person(alis.id()), "ALM-043", null);
        approvals.returnToCandidate(TestActors.person(tone), other.id(), "Dokumenter en felleskonsultasjon først");
        assertThat(subjects(alis.id())).containsExactly("En læringsaktivitet er signert", "En læringsaktivitet er avvist",
                "Et læringsmål er godkjent", "Et læringsmål er sendt tilbake");
        assertThat(jdbc.sql("select body from outbox_message where recipient_id = ?").param(alis.id())
                .query(String.class).list()).allSatisfy(body -> assertThat(body)
                .doesNotContain("ALM-04").doesNotContain("Mangler dato").doesNotContain("Dokumenter en"));
    }

    private UUID activity(FreshCandidates.FreshCandidate alis, String description) {
        return portfolio.record(TestActors.person(alis.id()), new NewActivity(ActivityType.JOINT_CONSULTATION, description,
                LocalDate.of(2026, 10, 5), null, null, null, null, List.of("ALM-042"))).id();
    }

    private UUID request(FreshCandidates.FreshCandidate alis, UUID activity, UUID signer) {
        return portfolio.requestSignature(TestActors.person(alis.id()), activity, signer).id();
    }

    private List<String> subjects(UUID recipient) {
        return jdbc.sql("select subject from outbox_message where recipient_id = ? order by created_at, subject")
                .param(recipient).query(String.class).list();
    }

    private long readyNotices(UUID approver) {
        return jdbc.sql("select count(*) from outbox_message where recipient_id = ? and subject = ?")
                .param(approver).param("Et læringsmål er klart for godkjenning").query(Long.class).single();
    }
}
