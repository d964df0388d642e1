package no.veiviser.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import no.veiviser.IntegrationTest;
import no.veiviser.TestActors;
import no.veiviser.identity.Actor;
import no.veiviser.identity.NewPerson;
import no.veiviser.identity.People;
import no.veiviser.identity.Profession;
import no.veiviser.identity.SpecialistQualification;
import no.veiviser.organisation.Organisations;
import no.veiviser.programme.Enrolment;
import no.veiviser.programme.Enrolments;
import no.veiviser.programme.ProgrammeType;
import no.veiviser.programme.RelationshipKind;
import no.veiviser.programme.Relationships;
import no.veiviser.programme.Scheme;
import no.veiviser.shared.Specialty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who finds a submitted goal in her queue is decided by her relationships on the day, found by the
 * database from her id: the approver and a deputy for decisions, the veileder and supervisor for
 * recommendations, and nobody whose relationship has ended. Every person here is new, so each queue
 * holds this test's goals only.
 */
@IntegrationTest
class GoalQueuesTest {

    @Autowired
    GoalQueues queues;

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
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    private UUID candidate;
    private UUID veileder;
    private UUID supervisor;
    private UUID approver;
    private UUID formerDeputy;
    private UUID deputy;

    @BeforeEach
    void aCandidateWithNewPeopleAroundHer() {
        candidate = newPerson("Kandidat");
        veileder = newPerson("Veileder");
        people.recordQualification(veileder, SpecialistQualification.specialist(Specialty.ALLMENNMEDISIN), Actor.system());
        supervisor = newPerson("Supervisør");
        approver = newPerson("Godkjenner");
        formerDeputy = newPerson("Tidligere stedfortreder");
        deputy = newPerson("Stedfortreder");
        LocalDate start = LocalDate.of(2026, 9, 1);
        enrolments.enrol(new Enrolment(UUID.randomUUID(), candidate, organisations.findByName("Drammen kommune").orElseThrow().id(),
                ProgrammeType.ALIS, Scheme.NEW, start, null, null, BigDecimal.valueOf(100), null, null), Actor.system());
        relationships.start(candidate, veileder, RelationshipKind.VEILEDER, start, Actor.system());
        relationships.start(candidate, supervisor, RelationshipKind.SUPERVISOR, start, Actor.system());
        relationships.start(candidate, approver, RelationshipKind.APPROVER, start, Actor.system());
        relationships.start(candidate, formerDeputy, RelationshipKind.DEPUTY_APPROVER, start, Actor.system());
        UUID former = relationships.ofCandidates(java.util.List.of(candidate)).stream()
                .filter(relationship -> relationship.personId().equals(formerDeputy)).findFirst().orElseThrow().id();
        relationships.end(candidate, former, LocalDate.now(clock).minusDays(1), Actor.system());
        relationships.start(candidate, deputy, RelationshipKind.DEPUTY_APPROVER, LocalDate.now(clock), Actor.system());
    }

    @Test
    void eachQueueHoldsTheGoalsOfThosePresentlyRelatedInThatCapacity() {
        GoalAssessment first = approvals.submit(TestActors.person(candidate), "ALM-001", null);
        approvals.submit(TestActors.person(candidate), "ALM-002", null);

        assertThat(decisions(approver).total()).isEqualTo(2);
        assertThat(decisions(approver).rows()).extracting(PendingGoal::assessment).extracting(GoalAssessment::goalCode)
                .containsExactly("ALM-001", "ALM-002");
        assertThat(decisions(deputy).total()).isEqualTo(2);
        assertThat(decisions(formerDeputy).total()).as("a deputy whose appointment ended yesterday").isZero();
        assertThat(decisions(veileder).total()).as("recommenders do not decide").isZero();
        assertThat(recommendations(veileder).total()).isEqualTo(2);
        assertThat(recommendations(supervisor).total()).isEqualTo(2);
        assertThat(recommendations(approver).total()).as("approvers do not recommend").isZero();

        approvals.recommend(TestActors.person(veileder), first.id(), "Anbefales");

        assertThat(recommendations(veileder).total()).as("answered since the submission").isEqualTo(1);
        assertThat(recommendations(veileder).rows()).extracting(PendingGoal::assessment).extracting(GoalAssessment::goalCode)
                .containsExactly("ALM-002");
        assertThat(recommendations(supervisor).total()).isEqualTo(2);
        assertThat(decisions(approver).total()).isEqualTo(2);
    }

    @Test
    void aQueueIsReadAPageAtATime() {
        for (int goal = 1; goal <= 3; goal++) {
            approvals.submit(TestActors.person(candidate), "ALM-00" + goal, null);
        }

        var second = queues.awaitingDecision(TestActors.person(approver), 2, 2);

        assertThat(second.total()).isEqualTo(3);
        assertThat(second.rows()).extracting(PendingGoal::assessment).extracting(GoalAssessment::goalCode)
                .containsExactly("ALM-003");
        assertThat(queues.awaitingDecision(TestActors.person(approver), 3, 2).number())
                .as("a page past the end shows the first").isEqualTo(1);
    }

    /**
     * The queues are read from V48's table, which the database keeps as relationships and assessments
     * change: a relationship started, ended or withdrawn after the goal was submitted counts from that
     * moment, and a goal recalled or submitted again leaves and re-enters every queue.
     */
    @Test
    void aQueueFollowsRelationshipsAndGoalsThatChangeAfterTheSubmission() {
        GoalAssessment goal = approvals.submit(TestActors.person(candidate), "ALM-001", null);
        UUID newSupervisor = newPerson("Ny supervisør");

        relationships.start(candidate, newSupervisor, RelationshipKind.SUPERVISOR, LocalDate.now(clock), Actor.system());
        assertThat(recommendations(newSupervisor).total()).as("appointed after the goal was submitted").isEqualTo(1);

        relationships.withdraw(candidate, relationshipOf(newSupervisor), "Feil person", Actor.system());
        assertThat(recommendations(newSupervisor).total()).as("appointed by mistake and withdrawn").isZero();

        relationships.end(candidate, relationshipOf(supervisor), LocalDate.now(clock).minusDays(1), Actor.system());
        assertThat(recommendations(supervisor).total()).as("ended yesterday").isZero();
        assertThat(recommendations(veileder).total()).isEqualTo(1);

        approvals.recall(TestActors.person(candidate), goal.id());
        assertThat(decisions(approver).total()).as("recalled").isZero();
        assertThat(recommendations(veileder).total()).isZero();

        approvals.submit(TestActors.person(candidate), "ALM-001", null);
        assertThat(decisions(approver).rows()).extracting(PendingGoal::assessment).extracting(GoalAssessment::goalCode)
                .as("submitted again").containsExactly("ALM-001");
        assertThat(decisions(deputy).total()).isEqualTo(1);
        assertThat(unmatchedQueueRows()).as("the queue is the join of relationships and submitted goals").isZero();
    }

    /** Rows of the queue table and of the join it stands for that the other does not have, in the whole database. */
    private long unmatchedQueueRows() {
        String join = "select r.id, a.id, r.person_id, r.kind, r.valid_from, r.valid_to, a.changed_at"
                + " from supervision_relationship r join goal_assessment a on a.candidate_id = r.candidate_id"
                + " and a.status = 'SUBMITTED'";
        String table = "select relationship_id, assessment_id, person_id, kind, valid_from, valid_to, changed_at"
                + " from assessment_queue";
        return jdbc.sql("select (select count(*) from (" + join + " except all " + table + ") missing)"
                + " + (select count(*) from (" + table + " except all " + join + ") extra)").query(Long.class).single();
    }

    private UUID relationshipOf(UUID person) {
        return relationships.ofCandidates(java.util.List.of(candidate)).stream()
                .filter(relationship -> relationship.personId().equals(person) && relationship.validTo() == null)
                .findFirst().orElseThrow().id();
    }

    private no.veiviser.shared.Paged<PendingGoal> decisions(UUID person) {
        return queues.awaitingDecision(TestActors.person(person), 1, GoalQueues.PAGE_SIZE);
    }

    private no.veiviser.shared.Paged<PendingGoal> recommendations(UUID person) {
        return queues.awaitingRecommendation(TestActors.person(person), 1, GoalQueues.PAGE_SIZE);
    }

    private UUID newPerson(String role) {
        return people.register(new NewPerson("Ny", role, null, Profession.PHYSICIAN, null), Actor.system()).id();
    }
}
