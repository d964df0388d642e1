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
import no.veiviser.TestActors;
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
        candidate = people.register(new NewPerson("Ny", "Kandidat", null, Profession.PHYSICIAN, null), Actor.system()).id();
        LocalDate start = LocalDate.of(2026, 9, 1);
        enrolments.enrol(new Enrolment(UUID.randomUUID(), candidate, organisations.findByName("Drammen kommune").orElseThrow().id(),
                ProgrammeType.ALIS, Scheme.NEW, start, null, null, BigDecimal.valueOf(100), null, null), Actor.system());
        relationships.start(candidate, kari, RelationshipKind.VEILEDER, start, Actor.system());
        relationships.start(candidate, jon, RelationshipKind.SUPERVISOR, start, Actor.system());
        relationships.start(candidate, tone, RelationshipKind.APPROVER, start, Actor.system());
        relationships.start(candidate, eirik, RelationshipKind.DEPUTY_APPROVER, start, Actor.system());
    }

    @Test
    void theApproverNeedsTheRecommendationsOfTheVeilederAndASupervisor() {
        GoalAssessment submitted = approvals.submit(TestActors.person(candidate), GOAL, "Gjennomført ti felleskonsultasjoner");
        assertThat(approvals.missingBeforeApproval(TestActors.person(tone), submitted.id())).isEqualTo("approval.missing.both");
        assertRefused(() -> approvals.approve(TestActors.person(tone), submitted.id(), null), "approval.missing.both");

        approvals.recommend(TestActors.person(kari), submitted.id(), "Anbefales");
        assertRefused(() -> approvals.approve(TestActors.person(tone), submitted.id(), null), "approval.missing.supervisor");

        approvals.recommend(TestActors.person(jon), submitted.id(), "Anbefales");
        GoalAssessment approved = approvals.approve(TestActors.person(tone), submitted.id(), "Godkjent");
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
        assertThatThrownBy(() -> approvals.approve(TestActors.person(candidate), submitted.id(), null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void someoneWithoutARelationshipCanNeitherRecommendNorApprove() {
        GoalAssessment submitted = approvals.submit(TestActors.person(candidate), GOAL, null);
        assertThatThrownBy(() -> approvals.recommend(TestActors.person(sofie), submitted.id(), null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> approvals.approve(TestActors.person(sofie), submitted.id(), null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theDeputyApprovesInTheApproversName() {
        GoalAssessment submitted = recommendedByBoth();
        approvals.approve(TestActors.person(eirik), submitted.id(), null);
        AssessmentEvent approval = approvals.history(submitted.id()).get(3);
        assertThat(approval.role()).isEqualTo(AssessmentEvent.Role.DEPUTY_APPROVER);
        assertThat(approval.personId()).isEqualTo(eirik);
        assertThat(approval.onBehalfOf()).isEqualTo(tone);
    }

    @Test
    void theDatabaseLetsAPersonRecommendASubmissionOnce() {
        GoalAssessment submitted = approvals.submit(TestActors.person(candidate), GOAL, null);
        approvals.recommend(TestActors.person(kari), submitted.id(), null);
        // What a service without its lock would write: a second recommendation of the same submission.
        assertThatThrownBy(() -> jdbc.sql("""
                insert into goal_assessment_event (id, assessment_id, kind, person_id, role, occurred_at, created_at,
                                                   created_by, changed_at, changed_by, submission_id)
                select gen_random_uuid(), assessment_id, kind, person_id, role, now(), now(), 'test', now(), 'test',
                       submission_id
                  from goal_assessment_event where assessment_id = ? and kind = 'RECOMMENDED'""")
                .param(submitted.id()).update())
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
        assertThat(jdbc.sql("""
                select count(*) from goal_assessment_event r
                 where r.assessment_id = ? and r.kind = 'RECOMMENDED'
                   and r.submission_id = (select id from goal_assessment_event s
                                           where s.assessment_id = r.assessment_id and s.kind = 'SUBMITTED')""")
                .param(submitted.id()).query(Long.class).single()).as("linked to the submission it answers").isOne();
    }

    @Test
    void tenRecommendationsByTheSamePersonAtOnceGiveOneEvent() throws Exception {
        GoalAssessment submitted = approvals.submit(TestActors.person(candidate), GOAL, null);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<?>> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            results.add(pool.submit(() -> {
                start.await();
                approvals.recommend(TestActors.person(kari), submitted.id(), null);
                return null;
            }));
        }
        start.countDown();
        int refused = 0;
        for (Future<?> result : results) {
            try {
                result.get();
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(InvalidInputException.class);
                refused++;
            }
        }
        pool.shutdown();
        assertThat(refused).isEqualTo(9);
        assertThat(approvals.history(submitted.id())).filteredOn(event -> event.kind() == AssessmentEvent.Kind.RECOMMENDED)
                .hasSize(1);
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
                return approvals.approve(TestActors.person(approver), submitted.id(), null);
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
        assertRefused(() -> approvals.returnToCandidate(TestActors.person(tone), submitted.id(), " "), "approval.reasonRequired");
        approvals.returnToCandidate(TestActors.person(tone), submitted.id(), "Beskriv konsultasjonene nærmere");
        GoalAssessment again = approvals.submit(TestActors.person(candidate), GOAL, "Utfyllende beskrivelse");
        assertRefused(() -> approvals.approve(TestActors.person(tone), again.id(), null), "approval.missing.both");
    }

    @Test
    void theCandidateRecallsASubmittedGoal() {
        GoalAssessment submitted = approvals.submit(TestActors.person(candidate), GOAL, null);
        approvals.recall(TestActors.person(candidate), submitted.id());
        assertThat(approvals.of(candidate)).singleElement()
                .satisfies(assessment -> assertThat(assessment.status()).isEqualTo(AssessmentStatus.IN_PROGRESS));
        assertThatThrownBy(() -> approvals.recommend(TestActors.person(kari), submitted.id(), null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyTheApproverReopensAnApprovedGoalAndOnlyWithAReason() {
        GoalAssessment submitted = recommendedByBoth();
        approvals.approve(TestActors.person(tone), submitted.id(), null);
        assertThatThrownBy(() -> approvals.reopen(TestActors.person(kari), submitted.id(), "Feil")).isInstanceOf(NotFoundException.class);
        assertRefused(() -> approvals.reopen(TestActors.person(tone), submitted.id(), ""), "approval.reasonRequired");
        approvals.reopen(TestActors.person(tone), submitted.id(), "Godkjent på feil grunnlag");
        assertThat(approvals.of(candidate).get(0).status()).isEqualTo(AssessmentStatus.IN_PROGRESS);
    }

    private GoalAssessment recommendedByBoth() {
        GoalAssessment submitted = approvals.submit(TestActors.person(candidate), GOAL, null);
        approvals.recommend(TestActors.person(kari), submitted.id(), null);
        approvals.recommend(TestActors.person(jon), submitted.id(), null);
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
