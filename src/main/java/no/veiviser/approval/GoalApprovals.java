package no.veiviser.approval;

import static no.veiviser.shared.Texts.blankToNull;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import no.veiviser.approval.internal.AssessmentRepository;
import no.veiviser.identity.Actor;
import no.veiviser.organisation.Organisations;
import no.veiviser.portfolio.GoalEvidence;
import no.veiviser.programme.Enrolments;
import no.veiviser.programme.RelationshipKind;
import no.veiviser.programme.Relationships;
import no.veiviser.programme.CurrentRelationships;
import no.veiviser.shared.ConflictException;
import no.veiviser.shared.InvalidInputException;
import no.veiviser.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitting, recommending, approving and returning a candidate's goals. Who may do what is decided
 * by her relationships today; anyone else gets not-found. Two decisions on the same assessment at the
 * same moment give one decision and one conflict.
 */
@Service
public class GoalApprovals {

    private final AssessmentRepository assessments;
    private final Relationships relationships;
    private final Enrolments enrolments;
    private final Organisations organisations;
    private final GoalEvidence evidence;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GoalApprovals(AssessmentRepository assessments, Relationships relationships, Enrolments enrolments,
                  Organisations organisations, GoalEvidence evidence, ApplicationEventPublisher events, Clock clock) {
        this.assessments = assessments;
        this.relationships = relationships;
        this.enrolments = enrolments;
        this.organisations = organisations;
        this.evidence = evidence;
        this.events = events;
        this.clock = clock;
    }

    /** The candidate submits one of her goals with her justification. */
    @Transactional
    public GoalAssessment submit(Actor candidate, String goalCode, String justification) {
        UUID candidateId = candidate.personId();
        String actor = candidate.id();
        requireAssignedGoal(candidateId, goalCode);
        GoalAssessment assessment = assessments.find(candidateId, goalCode).orElseGet(() -> {
            var started = new GoalAssessment(UUID.randomUUID(), candidateId, goalCode, AssessmentStatus.IN_PROGRESS, null, 0);
            assessments.insert(started, actor, now());
            return started;
        });
        if (assessment.status() == AssessmentStatus.SUBMITTED || assessment.status() == AssessmentStatus.APPROVED) {
            throw new InvalidInputException("goalCode", "approval.notSubmittable");
        }
        GoalAssessment submitted = assessments.transition(assessment, AssessmentStatus.SUBMITTED, blankToNull(justification),
                actor, now());
        record(submitted, AssessmentEvent.Kind.SUBMITTED, candidateId, AssessmentEvent.Role.CANDIDATE, null, justification, actor);
        return submitted;
    }

    /** The candidate takes back a submitted goal. */
    @Transactional
    public void recall(Actor candidate, UUID assessmentId) {
        UUID candidateId = candidate.personId();
        String actor = candidate.id();
        GoalAssessment assessment = assessments.find(assessmentId)
                .filter(found -> found.candidateId().equals(candidateId) && found.status() == AssessmentStatus.SUBMITTED)
                .orElseThrow(() -> new NotFoundException("Assessment"));
        GoalAssessment recalled = assessments.transition(assessment, AssessmentStatus.IN_PROGRESS,
                assessment.candidateJustification(), actor, now());
        record(recalled, AssessmentEvent.Kind.RECALLED, candidateId, AssessmentEvent.Role.CANDIDATE, null, null, actor);
    }

    /** The candidate's veileder or one of her supervisors recommends a submitted goal. */
    @Transactional
    public void recommend(Actor recommender, UUID assessmentId, String comment) {
        answer(recommender, assessmentId, AssessmentEvent.Kind.RECOMMENDED, comment);
    }

    /**
     * The veileder or a supervisor answers "not yet", with a reason the candidate and the approver read.
     * It is her answer to this submission and never counts as a recommendation.
     */
    @Transactional
    public void notYet(Actor recommender, UUID assessmentId, String reason) {
        answer(recommender, assessmentId, AssessmentEvent.Kind.NOT_YET, reason);
    }

    private void answer(Actor recommender, UUID assessmentId, AssessmentEvent.Kind kind, String comment) {
        UUID personId = recommender.personId();
        String actor = recommender.id();
        // Locked, so that two answers by the same person at the same moment give one event.
        GoalAssessment assessment = assessments.findForUpdate(assessmentId)
                .filter(found -> found.status() == AssessmentStatus.SUBMITTED)
                .orElseThrow(() -> new NotFoundException("Assessment"));
        CurrentRelationships current = relationships.currentOf(assessment.candidateId());
        AssessmentEvent.Role role = current.holds(personId, RelationshipKind.VEILEDER) ? AssessmentEvent.Role.VEILEDER
                : current.holds(personId, RelationshipKind.SUPERVISOR) ? AssessmentEvent.Role.SUPERVISOR : null;
        if (role == null) {
            throw new NotFoundException("Assessment");
        }
        if (sinceSubmission(assessmentId).stream().anyMatch(event -> answers(event) && event.personId().equals(personId))) {
            throw new InvalidInputException("comment", "approval.alreadyRecommended");
        }
        if (kind == AssessmentEvent.Kind.NOT_YET && (comment == null || comment.isBlank())) {
            throw new InvalidInputException("comment", "approval.notYetReasonRequired");
        }
        if (kind == AssessmentEvent.Kind.RECOMMENDED && role == AssessmentEvent.Role.VEILEDER
                && (comment == null || comment.isBlank()) && justificationRequired(assessment.candidateId())) {
            throw new InvalidInputException("comment", "approval.veilederJustificationRequired");
        }
        record(assessment, kind, personId, role, null, comment, actor);
        UUID approver = current.holder(RelationshipKind.APPROVER);
        if (kind == AssessmentEvent.Kind.RECOMMENDED && approver != null
                && ApprovalRule.missing(sinceSubmission(assessmentId), current, approver).isEmpty()) {
            events.publishEvent(new GoalReadyForDecision(assessment, approver, actor));
        }
    }

    /** Whether the event is a recommender's answer to a submission: a recommendation or "not yet". */
    static boolean answers(AssessmentEvent event) {
        return event.kind() == AssessmentEvent.Kind.RECOMMENDED || event.kind() == AssessmentEvent.Kind.NOT_YET;
    }

    /** What is still missing before the approver may approve; null when nothing is. */
    public String missingBeforeApproval(Actor approver, UUID assessmentId) {
        UUID approverId = approver.personId();
        GoalAssessment assessment = submitted(assessmentId);
        CurrentRelationships current = relationships.currentOf(assessment.candidateId());
        approverRole(current, approverId);
        return ApprovalRule.missing(sinceSubmission(assessmentId), current, approverId).orElse(null);
    }

    /** The approver, or her deputy in her name, approves a submitted goal that has its recommendations. */
    @Transactional
    public GoalAssessment approve(Actor approver, UUID assessmentId, String comment) {
        UUID approverId = approver.personId();
        String actor = approver.id();
        GoalAssessment assessment = visible(assessmentId);
        CurrentRelationships current = relationships.currentOf(assessment.candidateId());
        AssessmentEvent.Role role = approverRole(current, approverId);
        requireStill(assessment, AssessmentStatus.SUBMITTED);
        ApprovalRule.missing(sinceSubmission(assessmentId), current, approverId)
                .ifPresent(missing -> {
                    throw new InvalidInputException("comment", missing);
                });
        GoalAssessment approved = transition(assessment, AssessmentStatus.APPROVED, actor);
        UUID onBehalfOf = role == AssessmentEvent.Role.DEPUTY_APPROVER ? current.holder(RelationshipKind.APPROVER) : null;
        AssessmentEvent approval = record(approved, AssessmentEvent.Kind.APPROVED, approverId, role, onBehalfOf, comment, actor);
        assessments.freezeEvidence(approval.id(), evidence.standingFor(assessment.candidateId(), assessment.goalCode()),
                actor, approval.occurredAt());
        return approved;
    }

    /** The approver returns a submitted goal with a reason. */
    @Transactional
    public void returnToCandidate(Actor approver, UUID assessmentId, String reason) {
        UUID approverId = approver.personId();
        String actor = approver.id();
        GoalAssessment assessment = visible(assessmentId);
        AssessmentEvent.Role role = approverRole(relationships.currentOf(assessment.candidateId()), approverId);
        requireStill(assessment, AssessmentStatus.SUBMITTED);
        requireReason(reason);
        GoalAssessment returned = transition(assessment, AssessmentStatus.RETURNED, actor);
        record(returned, AssessmentEvent.Kind.RETURNED, approverId, role, null, reason, actor);
    }

    /** Only the approver reopens an approved goal, with a reason. */
    @Transactional
    public void reopen(Actor approver, UUID assessmentId, String reason) {
        UUID approverId = approver.personId();
        String actor = approver.id();
        GoalAssessment assessment = assessments.find(assessmentId)
                .filter(found -> found.status() == AssessmentStatus.APPROVED)
                .orElseThrow(() -> new NotFoundException("Assessment"));
        if (!relationships.currentOf(assessment.candidateId()).holds(approverId, RelationshipKind.APPROVER)) {
            throw new NotFoundException("Assessment");
        }
        requireReason(reason);
        GoalAssessment reopened = assessments.transition(assessment, AssessmentStatus.IN_PROGRESS,
                assessment.candidateJustification(), actor, now());
        record(reopened, AssessmentEvent.Kind.REOPENED, approverId, AssessmentEvent.Role.APPROVER, null, reason, actor);
    }

    public List<GoalAssessment> of(UUID candidateId) {
        return assessments.ofCandidate(candidateId);
    }

    public List<AssessmentEvent> history(UUID assessmentId) {
        return assessments.events(assessmentId);
    }

    private GoalAssessment visible(UUID assessmentId) {
        return assessments.find(assessmentId).orElseThrow(() -> new NotFoundException("Assessment"));
    }

    /** A decision on a goal someone else has just decided is a conflict, answered with the goal as it is now. */
    private static void requireStill(GoalAssessment assessment, AssessmentStatus status) {
        if (assessment.status() != status) {
            throw new ConflictException("Goal assessment " + assessment.id() + " is " + assessment.status(), assessment);
        }
    }

    private GoalAssessment transition(GoalAssessment assessment, AssessmentStatus to, String actor) {
        try {
            return assessments.transition(assessment, to, assessment.candidateJustification(), actor, now());
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException(e.getMessage(), assessments.find(assessment.id()).orElseThrow());
        }
    }

    private GoalAssessment submitted(UUID assessmentId) {
        return assessments.find(assessmentId).filter(found -> found.status() == AssessmentStatus.SUBMITTED)
                .orElseThrow(() -> new NotFoundException("Assessment"));
    }

    private static AssessmentEvent.Role approverRole(CurrentRelationships current, UUID approverId) {
        if (current.holds(approverId, RelationshipKind.APPROVER)) {
            return AssessmentEvent.Role.APPROVER;
        }
        if (current.holds(approverId, RelationshipKind.DEPUTY_APPROVER)) {
            return AssessmentEvent.Role.DEPUTY_APPROVER;
        }
        throw new NotFoundException("Assessment");
    }

    private List<AssessmentEvent> sinceSubmission(UUID assessmentId) {
        return GoalQueues.sinceSubmission(assessments.events(assessmentId));
    }

    /** Whether the candidate's organisation asks her veileder for a written justification. */
    private boolean justificationRequired(UUID candidateId) {
        return enrolments.of(candidateId).stream().findFirst()
                .map(enrolment -> organisations.requiresVeilederJustification(enrolment.organisationId()))
                .orElse(false);
    }

    private void requireAssignedGoal(UUID candidateId, String goalCode) {
        if (!enrolments.assignedGoalCodes(candidateId).contains(goalCode)) {
            throw new InvalidInputException("goalCode", "activity.goals.unknown", goalCode);
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("comment", "approval.reasonRequired");
        }
    }

    private AssessmentEvent record(GoalAssessment assessment, AssessmentEvent.Kind kind, UUID personId, AssessmentEvent.Role role,
                        UUID onBehalfOf, String comment, String actor) {
        var event = new AssessmentEvent(UUID.randomUUID(), assessment.id(), kind, personId, role, onBehalfOf,
                blankToNull(comment), now());
        assessments.insertEvent(event, actor);
        events.publishEvent(GoalAssessmentEvent.of(assessment, event, actor));
        return event;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
