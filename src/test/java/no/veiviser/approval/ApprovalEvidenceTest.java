package no.veiviser.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Correcting a signed activity after its goal was approved left the goal approved with 0 signed
 * activities and dropped the joint-consultation count. The signed version stands until its
 * correction is signed, and then the correction takes its place: never 0, never 2.
 */
@IntegrationTest
class ApprovalEvidenceTest {

    @Autowired
    MockMvc mvc;

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

    /**
     * The approval basis showed the unsigned correction and activities registered after the approval as
     * if the approver had seen them. What stood when she approved is frozen with the approval; what came
     * later is shown apart, as after the approval — on the page and in the API.
     */
    @Test
    void theBasisTheApproverSawIsFrozenAndLaterWorkIsShownAsAfterTheApproval() throws Exception {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        UUID jon = fresh.person("jon.bakke");
        UUID signedBefore = signed(alis, jon, "Felleskonsultasjon før godkjenning", LocalDate.of(2026, 10, 5));
        var submitted = approvals.submit(TestActors.person(alis.id()), "ALM-042", "Signert felleskonsultasjon");
        approvals.recommend(TestActors.person(fresh.person("kari.nordby")), submitted.id(), "Anbefales");
        approvals.recommend(TestActors.person(jon), submitted.id(), "Anbefales");
        approvals.approve(TestActors.person(fresh.person("tone.haugland")), submitted.id(), "Godkjent");

        UUID correction = portfolio.correct(TestActors.person(alis.id()), signedBefore, new NewActivity(
                ActivityType.JOINT_CONSULTATION, "Rettet felleskonsultasjon", LocalDate.of(2026, 10, 6), null, null, null,
                null, List.of("ALM-042")), "Feil dato").id();
        portfolio.sign(TestActors.person(jon), portfolio.requestSignature(TestActors.person(alis.id()), correction, jon).id(),
                null);
        signed(alis, jon, "Felleskonsultasjon etter godkjenning", LocalDate.of(2026, 10, 20));

        ApprovalBasis basis = overviews.basis(TestActors.person(alis.id()), submitted.id());
        assertThat(basis.frozen()).isTrue();
        assertThat(basis.evidence()).extracting(no.veiviser.portfolio.LearningActivity::description)
                .containsExactly("Felleskonsultasjon før godkjenning");
        assertThat(basis.others()).extracting(no.veiviser.portfolio.LearningActivity::description)
                .containsExactlyInAnyOrder("Rettet felleskonsultasjon", "Felleskonsultasjon etter godkjenning");

        MockHttpSession session = (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                .user("tone.haugland").password("demo")).andReturn().getRequest().getSession(false);
        String page = mvc.perform(get("/assessments/" + submitted.id()).session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String frozen = page.substring(page.indexOf("id=\"basis-evidence\""), page.indexOf("id=\"basis-after\""));
        String after = page.substring(page.indexOf("id=\"basis-after\""));
        assertThat(frozen).contains("Grunnlaget da målet ble godkjent").contains("Felleskonsultasjon før godkjenning")
                .doesNotContain("Rettet felleskonsultasjon").doesNotContain("etter godkjenning");
        assertThat(after).contains("Etter godkjenningen").contains("Rettet felleskonsultasjon")
                .contains("Felleskonsultasjon etter godkjenning");
    }

    private UUID signed(FreshCandidates.FreshCandidate alis, UUID signer, String description, LocalDate on) {
        UUID activity = portfolio.record(TestActors.person(alis.id()), new NewActivity(ActivityType.JOINT_CONSULTATION,
                description, on, null, null, null, null, List.of("ALM-042"))).id();
        portfolio.sign(TestActors.person(signer), portfolio.requestSignature(TestActors.person(alis.id()), activity, signer).id(),
                null);
        return activity;
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
