package no.veiviser.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.veiviser.IntegrationTest;
import no.veiviser.audit.AuditLog;
import no.veiviser.identity.Actor;
import no.veiviser.identity.NewPerson;
import no.veiviser.identity.People;
import no.veiviser.identity.Profession;
import no.veiviser.organisation.Organisations;
import no.veiviser.programme.Enrolment;
import no.veiviser.programme.Enrolments;
import no.veiviser.programme.ProgrammeType;
import no.veiviser.programme.RelationshipKind;
import no.veiviser.programme.Relationships;
import no.veiviser.programme.Scheme;
import no.veiviser.shared.InvalidInputException;
import no.veiviser.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rule GOAL-APPROVAL-FOUR-EYES on a fresh ALIS per test: veileder Kari Nordby, supervisor Jon Bakke,
 * approver Tone Haugland, deputy Eirik Strand; Sofie Dahl is not related to her.
 */
@IntegrationTest
class GoalApprovalsTest {

    private static final String GOAL = "ALM-042";

    @Autowired
    GoalApprovals approvals;

    @Autowired
    Relationships relationships;

    @Autowired
    Enrolments enrolments;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    private UUID candidate;
    private UUID kari;
    private UUID jon;
    private UUID tone;
    private UUID eirik;
    private UUID sofie;

    @BeforeEach
    void aFreshAlisWithHerRelationships() {
        kari = person("kari.nordby");
        jon = person("jon.bakke");
        tone = person("tone.haugland");
        eirik = person("eirik.strand");
        sofie = person("sofie.dahl");
        candidate = people.register(new NewPerson("Ny", "Kandidat", null, Profession.PHYSICIAN, null), "system").id();
        LocalDate start = LocalDate.of(2026, 9, 1);
        enrolments.enrol(new Enrolment(UUID.randomUUID(), candidate, organisations.findByName("Drammen kommune").orElseThrow().id(),
                ProgrammeType.ALIS, Scheme.NEW, start, null, null, BigDecimal.valueOf(100), null, null), "system");
        relationships.start(candidate, kari, RelationshipKind.VEILEDER, start, Actor.system());
        relationships.start(candidate, jon, RelationshipKind.SUPERVISOR, start, Actor.system());
        relationships.start(candidate, tone, RelationshipKind.APPROVER, start, Actor.system());
        relationships.start(candidate, eirik, RelationshipKind.DEPUTY_APPROVER, start, Actor.system());
    }

    @Test
    void theApproverNeedsTheRecommendationsOfTheVeilederAndASupervisor() {
        GoalAssessment submitted = approvals.submit(candidate, GOAL, "Gjennomført ti felleskonsultasjoner", "c");
        assertThat(approvals.missingBeforeApproval(tone, submitted.id())).isEqualTo("approval.missing.both");
        assertRefused(() -> approvals.approve(tone, submitted.id(), null, "t"), "approval.missing.both");

        approvals.recommend(kari, submitted.id(), "Anbefales", "k");
        assertRefused(() -> approvals.approve(tone, submitted.id(), null, "t"), "approval.missing.supervisor");

        approvals.recommend(jon, submitted.id(), "Anbefales", "j");
        GoalAssessment approved = approvals.approve(tone, submitted.id(), "Godkjent", "t");
        assertThat(approved.status()).isEqualTo(AssessmentStatus.APPROVED);
        assertThat(approvals.history(submitted.id())).extracting(AssessmentEvent::kind, AssessmentEvent::role)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AssessmentEvent.Kind.SUBMITTED, AssessmentEvent.Role.CANDIDATE),
                        org.assertj.core.groups.Tuple.tuple(AssessmentEvent.Kind.RECOMMENDED, AssessmentEvent.Role.VEILEDER),
                        org.assertj.core.groups.Tuple.tuple(AssessmentEvent.Kind.RECOMMENDED, AssessmentEvent.Role.SUPERVISOR),
                        org.assertj.core.groups.Tuple.tuple(AssessmentEvent.Kind.APPROVED, AssessmentEvent.Role.APPROVER));
        assertThat(auditLog.about("goal_assessment", submitted.id().toString(), 10)).extracting(entry -> entry.action())
                .containsExactly("goal.approved", "goal.recommended", "goal.recommended", "goal.submitted");
    }

    @Test
    void theCandidateCannotApproveHerOwnGoal() {
        GoalAssessment submitted = recommendedByBoth();
        assertThatThrownBy(() -> approvals.approve(candidate, submitted.id(), null, "c")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void someoneWithoutARelationshipCanNeitherRecommendNorApprove() {
        GoalAssessment submitted = approvals.submit(candidate, GOAL, null, "c");
        assertThatThrownBy(() -> approvals.recommend(sofie, submitted.id(), null, "s")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> approvals.approve(sofie, submitted.id(), null, "s")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theDeputyApprovesInTheApproversName() {
        GoalAssessment submitted = recommendedByBoth();
        approvals.approve(eirik, submitted.id(), null, "e");
        AssessmentEvent approval = approvals.history(submitted.id()).get(3);
        assertThat(approval.role()).isEqualTo(AssessmentEvent.Role.DEPUTY_APPROVER);
        assertThat(approval.personId()).isEqualTo(eirik);
        assertThat(approval.onBehalfOf()).isEqualTo(tone);
    }

    @Test
    void twoApproversAtTheSameMomentGiveOneApprovalAndOneConflict() throws Exception {
        GoalAssessment submitted = recommendedByBoth();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<GoalAssessment>> results = new ArrayList<>();
        for (UUID approver : List.of(tone, eirik)) {
            results.add(pool.submit(() -> {
                start.await();
                return approvals.approve(approver, submitted.id(), null, approver.toString());
            }));
        }
        start.countDown();
        int approved = 0;
        int conflicts = 0;
        for (Future<GoalAssessment> result : results) {
            try {
                result.get();
                approved++;
            } catch (java.util.concurrent.ExecutionException e) {
                // The loser either saw the goal still submitted and lost the update (conflict), or saw it approved.
                assertThat(e.getCause()).isInstanceOfAny(OptimisticLockingFailureException.class, NotFoundException.class);
                conflicts++;
            }
        }
        pool.shutdown();
        assertThat(approved).isEqualTo(1);
        assertThat(conflicts).isEqualTo(1);
        assertThat(approvals.history(submitted.id())).filteredOn(event -> event.kind() == AssessmentEvent.Kind.APPROVED).hasSize(1);
    }

    @Test
    void aReturnedGoalNeedsFreshRecommendationsWhenSubmittedAgain() {
        GoalAssessment submitted = recommendedByBoth();
        assertRefused(() -> approvals.returnToCandidate(tone, submitted.id(), " ", "t"), "approval.reasonRequired");
        approvals.returnToCandidate(tone, submitted.id(), "Beskriv konsultasjonene nærmere", "t");
        GoalAssessment again = approvals.submit(candidate, GOAL, "Utfyllende beskrivelse", "c");
        assertRefused(() -> approvals.approve(tone, again.id(), null, "t"), "approval.missing.both");
    }

    @Test
    void theCandidateRecallsASubmittedGoal() {
        GoalAssessment submitted = approvals.submit(candidate, GOAL, null, "c");
        approvals.recall(candidate, submitted.id(), "c");
        assertThat(approvals.of(candidate)).singleElement()
                .satisfies(assessment -> assertThat(assessment.status()).isEqualTo(AssessmentStatus.IN_PROGRESS));
        assertThatThrownBy(() -> approvals.recommend(kari, submitted.id(), null, "k")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyTheApproverReopensAnApprovedGoalAndOnlyWithAReason() {
        GoalAssessment submitted = recommendedByBoth();
        approvals.approve(tone, submitted.id(), null, "t");
        assertThatThrownBy(() -> approvals.reopen(kari, submitted.id(), "Feil", "k")).isInstanceOf(NotFoundException.class);
        assertRefused(() -> approvals.reopen(tone, submitted.id(), "", "t"), "approval.reasonRequired");
        approvals.reopen(tone, submitted.id(), "Godkjent på feil grunnlag", "t");
        assertThat(approvals.of(candidate).get(0).status()).isEqualTo(AssessmentStatus.IN_PROGRESS);
    }

    private GoalAssessment recommendedByBoth() {
        GoalAssessment submitted = approvals.submit(candidate, GOAL, null, "c");
        approvals.recommend(kari, submitted.id(), null, "k");
        approvals.recommend(jon, submitted.id(), null, "j");
        return submitted;
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).messageKey()).isEqualTo(messageKey));
    }

    private UUID person(String username) {
        return jdbc.sql("select person_id from account where username = :username").param("username", username)
                .query(UUID.class).single();
    }
}
