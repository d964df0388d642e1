package no.veiviser.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import no.veiviser.TestActors;
import no.veiviser.portfolio.ActivityType;
import no.veiviser.portfolio.NewActivity;
import no.veiviser.portfolio.Portfolio;
import no.veiviser.readiness.CandidateReadiness;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Correcting a signed activity after its goal was approved left the goal approved with 0 signed
 * activities and dropped the joint-consultation count. The signed version stands until its
 * correction is signed, and then the correction takes its place: never 0, never 2.
 */
@IntegrationTest
class ApprovalEvidenceTest {

    @Autowired
    FreshCandidates fresh;

    @Autowired
    Portfolio portfolio;

    @Autowired
    GoalApprovals approvals;

    @Autowired
    GoalOverviews overviews;

    @Autowired
    CandidateReadiness readiness;

    @Test
    void aCorrectionWaitingForItsSignatureDoesNotTakeAwayTheSignedEvidence() {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        UUID jon = fresh.person("jon.bakke");
        NewActivity consultation = new NewActivity(ActivityType.JOINT_CONSULTATION, "Felleskonsultasjon",
                LocalDate.of(2026, 10, 5), null, null, null, null, List.of("ALM-042"));
        UUID activity = portfolio.record(TestActors.person(alis.id()), consultation).id();
        portfolio.sign(TestActors.person(jon), portfolio.requestSignature(TestActors.person(alis.id()), activity, jon).id(), null);
        var submitted = approvals.submit(TestActors.person(alis.id()), "ALM-042", "Signert felleskonsultasjon");
        approvals.recommend(TestActors.person(fresh.person("kari.nordby")), submitted.id(), "Anbefales");
        approvals.recommend(TestActors.person(jon), submitted.id(), "Anbefales");
        approvals.approve(TestActors.person(fresh.person("tone.haugland")), submitted.id(), "Godkjent");
        assertEvidence(alis, 1);

        UUID correction = portfolio.correct(TestActors.person(alis.id()), activity, new NewActivity(
                ActivityType.JOINT_CONSULTATION, "Felleskonsultasjon", LocalDate.of(2026, 10, 6), null, null, null, null,
                List.of("ALM-042")), "Feil dato").id();
        assertEvidence(alis, 1);

        portfolio.sign(TestActors.person(jon), portfolio.requestSignature(TestActors.person(alis.id()), correction, jon).id(),
                null);
        assertEvidence(alis, 1);
    }

    private void assertEvidence(FreshCandidates.FreshCandidate alis, long expected) {
        GoalProgress.Row row = overviews.of(alis.id()).stream().flatMap(progress -> progress.rows().stream())
                .filter(candidate -> candidate.goal().code().equals("ALM-042")).findFirst().orElseThrow();
        assertThat(row.status()).isEqualTo(AssessmentStatus.APPROVED);
        assertThat(row.signedActivities()).isEqualTo(expected);
        assertThat(readiness.of(alis.actor(), alis.id()).result().requirement("supervision.jointConsultations").have())
                .isEqualByComparingTo(java.math.BigDecimal.valueOf(expected));
    }
}
