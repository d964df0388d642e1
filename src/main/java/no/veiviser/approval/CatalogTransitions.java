package no.veiviser.approval;

import static no.veiviser.shared.Texts.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.veiviser.approval.internal.AssessmentRepository;
import no.veiviser.approval.internal.TransitionRepository;
import no.veiviser.catalog.CatalogVersion;
import no.veiviser.catalog.GoalCatalogs;
import no.veiviser.catalog.LearningGoal;
import no.veiviser.identity.Actor;
import no.veiviser.programme.Audience;
import no.veiviser.programme.CandidateAccess;
import no.veiviser.programme.CandidateCatalogs;
import no.veiviser.programme.RelationshipKind;
import no.veiviser.programme.Relationships;
import no.veiviser.shared.InvalidInputException;
import no.veiviser.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving a candidate to another version of a goal catalog: the FKM for parts 2–3 was replaced on
 * 1 March 2026 (FOR-2025-01-24-114) and no official mapping from the old goals to FKM-001 … 014
 * exists, so her approver decides, goal by goal of the new version, whether it is achieved on the
 * basis of which of her approvals under the old version, and why. Each goal considered achieved is
 * approved by a {@code CARRIED_OVER} assessment event that names that basis; every decision is kept
 * in the transition record. Only her approver or deputy moves her, never Veiviser on its own.
 */
@Service
public class CatalogTransitions {

    /** One decision of the approver about a goal of the new version. */
    public record GoalDecision(String goalCode, boolean achieved, List<String> basisCodes, String reason) {

        public GoalDecision {
            basisCodes = basisCodes == null ? List.of() : List.copyOf(basisCodes);
        }
    }

    /**
     * What the approver sees before moving her.
     *
     * @param from           the version she is assessed against; null when there is nothing to move
     * @param approvedBefore her approved goals of that version, the possible basis
     * @param goals          the goals of the new version, each with whether she has it approved already
     */
    public record Plan(UUID candidateId, CatalogVersion from, CatalogVersion to, List<LearningGoal> approvedBefore,
                       List<NewGoal> goals) {

        public boolean isEmpty() {
            return from == null;
        }
    }

    public record NewGoal(LearningGoal goal, boolean alreadyApproved) {
    }

    /** A problem with one decision: the form field it belongs to, and the message. */
    public record Problem(String field, String key, Object... arguments) {
    }

    private final CandidateAccess access;
    private final CandidateCatalogs candidateCatalogs;
    private final GoalCatalogs catalogs;
    private final AssessmentRepository assessments;
    private final TransitionRepository transitions;
    private final Relationships relationships;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CatalogTransitions(CandidateAccess access, CandidateCatalogs candidateCatalogs, GoalCatalogs catalogs,
                       AssessmentRepository assessments, TransitionRepository transitions, Relationships relationships,
                       ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.candidateCatalogs = candidateCatalogs;
        this.catalogs = catalogs;
        this.assessments = assessments;
        this.transitions = transitions;
        this.relationships = relationships;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The move to {@code toVersionId}, or, when it is null, to the newest version in force of the first
     * catalog she has a newer version of (one whose version has run out first).
     */
    public Plan plan(Actor approver, UUID candidateId, UUID toVersionId) {
        access.require(approver, candidateId, Audience.APPROVE);
        LocalDate today = LocalDate.now(clock);
        List<CandidateCatalogs.Assignment> movable = candidateCatalogs.of(approver, candidateId).catalogs().stream()
                .filter(row -> !row.newer().isEmpty())
                .sorted(Comparator.comparing(row -> !row.expired(today)))
                .toList();
        CandidateCatalogs.Assignment row;
        CatalogVersion to;
        if (toVersionId == null) {
            if (movable.isEmpty()) {
                return new Plan(candidateId, null, null, List.of(), List.of());
            }
            row = movable.get(0);
            to = row.newer().stream().filter(version -> version.inForceOn(today)).findFirst()
                    .orElse(row.newer().get(0));
        } else {
            row = movable.stream().filter(candidate -> candidate.newer().stream()
                    .anyMatch(version -> version.id().equals(toVersionId))).findFirst()
                    .orElseThrow(() -> new NotFoundException("Catalog version"));
            to = row.newer().stream().filter(version -> version.id().equals(toVersionId)).findFirst().orElseThrow();
        }
        Set<String> approved = approvedCodes(candidateId);
        List<LearningGoal> before = catalogs.goals(row.assigned().id()).stream()
                .filter(goal -> approved.contains(goal.code())).toList();
        List<NewGoal> goals = catalogs.goals(to.id()).stream()
                .map(goal -> new NewGoal(goal, approved.contains(goal.code()))).toList();
        return new Plan(candidateId, row.assigned(), to, before, goals);
    }

    /** Everything wrong with these decisions for this plan; empty when the move may be made. */
    public List<Problem> problems(Plan plan, List<GoalDecision> decisions) {
        Set<String> basis = plan.approvedBefore().stream().map(LearningGoal::code).collect(Collectors.toSet());
        Set<String> decidable = plan.goals().stream().filter(goal -> !goal.alreadyApproved())
                .map(goal -> goal.goal().code()).collect(Collectors.toSet());
        List<Problem> problems = new ArrayList<>();
        for (GoalDecision decision : decisions) {
            String code = decision.goalCode();
            if (!decidable.contains(code) || !decision.achieved()) {
                continue;
            }
            if (decision.basisCodes().isEmpty()) {
                problems.add(new Problem("basis-" + code, "catalogs.transition.basisRequired", code));
            } else if (!basis.containsAll(decision.basisCodes())) {
                problems.add(new Problem("basis-" + code, "catalogs.transition.basisNotApproved", code));
            }
            if (blankToNull(decision.reason()) == null) {
                problems.add(new Problem("reason-" + code, "catalogs.transition.reasonRequired", code));
            }
        }
        return problems;
    }

    /** Moves her to the plan's new version with these decisions; refused, changing nothing, on any problem. */
    @Transactional
    public UUID move(Actor approver, UUID candidateId, UUID toVersionId, List<GoalDecision> decisions) {
        Plan plan = plan(approver, candidateId, toVersionId);
        if (plan.isEmpty()) {
            throw new InvalidInputException("to", "catalogs.transition.nothingToMove");
        }
        problems(plan, decisions).stream().findFirst().ifPresent(problem -> {
            throw new InvalidInputException(problem.field(), problem.key(), problem.arguments());
        });
        UUID approverId = approver.personId();
        AssessmentEvent.Role role = relationships.currentOf(candidateId).holds(approverId, RelationshipKind.APPROVER)
                ? AssessmentEvent.Role.APPROVER : AssessmentEvent.Role.DEPUTY_APPROVER;
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, GoalDecision> byCode = decisions.stream()
                .collect(Collectors.toMap(GoalDecision::goalCode, Function.identity(), (first, second) -> first));
        UUID transitionId = UUID.randomUUID();
        transitions.insert(transitionId, candidateId, plan.from(), plan.to(), approverId, approver.id(), now);
        for (NewGoal goal : plan.goals()) {
            if (goal.alreadyApproved()) {
                continue;
            }
            String code = goal.goal().code();
            GoalDecision decision = byCode.getOrDefault(code, new GoalDecision(code, false, List.of(), null));
            transitions.insertGoal(transitionId, code, decision.achieved(), decision.achieved() ? decision.basisCodes()
                    : List.of(), blankToNull(decision.reason()), approver.id(), now);
            if (decision.achieved()) {
                carryOver(candidateId, code, decision, approverId, role, approver.id(), now);
            }
        }
        candidateCatalogs.replace(approver, candidateId, plan.from(), plan.to());
        return transitionId;
    }

    private void carryOver(UUID candidateId, String code, GoalDecision decision, UUID approverId,
                           AssessmentEvent.Role role, String actor, OffsetDateTime now) {
        GoalAssessment assessment = assessments.find(candidateId, code).orElseGet(() -> {
            var started = new GoalAssessment(UUID.randomUUID(), candidateId, code, AssessmentStatus.IN_PROGRESS, null, 0);
            assessments.insert(started, actor, now);
            return started;
        });
        GoalAssessment approved = assessments.transition(assessment, AssessmentStatus.APPROVED,
                assessment.candidateJustification(), actor, now);
        var event = new AssessmentEvent(UUID.randomUUID(), approved.id(), AssessmentEvent.Kind.CARRIED_OVER, approverId,
                role, null, decision.reason().strip(), now, decision.basisCodes());
        assessments.insertEvent(event, actor);
        events.publishEvent(GoalAssessmentEvent.of(approved, event, actor));
    }

    private Set<String> approvedCodes(UUID candidateId) {
        return assessments.ofCandidate(candidateId).stream()
                .filter(assessment -> assessment.status() == AssessmentStatus.APPROVED)
                .map(GoalAssessment::goalCode).collect(Collectors.toSet());
    }
}
