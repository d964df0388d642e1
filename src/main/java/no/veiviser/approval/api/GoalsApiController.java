package no.veiviser.approval.api;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.veiviser.approval.ApprovalBasis;
import no.veiviser.approval.AssessmentEvent;
import no.veiviser.approval.AssessmentStatus;
import no.veiviser.approval.GoalApprovals;
import no.veiviser.approval.GoalAssessment;
import no.veiviser.approval.GoalOverviews;
import no.veiviser.approval.GoalProgress;
import no.veiviser.approval.GoalQueues;
import org.springframework.web.bind.annotation.RequestParam;
import no.veiviser.web.ApiPages;
import no.veiviser.shared.Paged;
import no.veiviser.approval.PendingGoal;
import no.veiviser.catalog.CatalogCode;
import no.veiviser.identity.Actor;
import no.veiviser.identity.SignedInPerson;
import no.veiviser.portfolio.LearningActivity;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Goal approval: the candidate's own goals and submissions, the veileder's and supervisors'
 * recommendations, the approver's decisions. Who may act is decided by relationship; anything else
 * answers 404, and a decision someone else has just made answers 409 with the goal as it is now.
 */
@RestController
@RequestMapping("/api/v1")
class GoalsApiController {

    record CatalogProgress(CatalogCode catalog, int version, long approved, int total, List<GoalRow> goals) {

        static CatalogProgress of(GoalProgress progress) {
            return new CatalogProgress(progress.version().catalog(), progress.version().number(), progress.approved(),
                    progress.total(), progress.rows().stream().map(GoalRow::of).toList());
        }
    }

    record GoalRow(String code, String title, AssessmentStatus status, UUID assessmentId, long signedActivities,
                   String returnReason) {

        static GoalRow of(GoalProgress.Row row) {
            return new GoalRow(row.goal().code(), row.goal().title(), row.status(), row.assessmentId(),
                    row.signedActivities(), row.returnReason());
        }
    }

    record AssessmentView(UUID id, UUID candidateId, String goalCode, AssessmentStatus status, String justification) {

        static AssessmentView of(GoalAssessment assessment) {
            return new AssessmentView(assessment.id(), assessment.candidateId(), assessment.goalCode(),
                    assessment.status(), assessment.candidateJustification());
        }
    }

    record EventView(AssessmentEvent.Kind kind, UUID personId, String personName, AssessmentEvent.Role role,
                     UUID onBehalfOf, String comment, OffsetDateTime at) {
    }

    record Pending(AssessmentView assessment, String candidateName, String goalTitle, String missing,
                   boolean justificationRequired) {

        static Pending of(PendingGoal goal, String missing) {
            return new Pending(AssessmentView.of(goal.assessment()), goal.candidateName(), goal.goalTitle(), missing,
                    goal.justificationRequired());
        }
    }

    /**
     * @param evidence   once approved, what stood as evidence at the approval ({@code approvedAt}); before
     *                   that, the signed activities standing today
     * @param others     once approved, what was added or corrected after the approval; before that, what
     *                   is not signed yet
     */
    record Basis(AssessmentView assessment, String goalTitle, String candidateName, List<BasisActivity> evidence,
                 OffsetDateTime approvedAt, List<BasisActivity> others, List<EventView> history) {
    }

    record BasisActivity(UUID id, String type, String description, java.time.LocalDate performedOn, String status,
                         String signedBy, OffsetDateTime decidedAt) {
    }

    record Text(String text) {
    }

    private final GoalOverviews overviews;
    private final GoalApprovals approvals;
    private final GoalQueues queues;
    private final MessageSource messages;

    GoalsApiController(GoalOverviews overviews, GoalApprovals approvals, GoalQueues queues, MessageSource messages) {
        this.overviews = overviews;
        this.approvals = approvals;
        this.queues = queues;
        this.messages = messages;
    }

    /** The caller's own goals per assigned catalog, with status and progress. */
    @GetMapping("/goals")
    List<CatalogProgress> goals(@AuthenticationPrincipal SignedInPerson caller) {
        return overviews.of(caller.personId()).stream().map(CatalogProgress::of).toList();
    }

    @PostMapping("/goals/{code}/submission")
    ResponseEntity<AssessmentView> submit(@AuthenticationPrincipal SignedInPerson caller, @PathVariable String code,
                                          @RequestBody(required = false) Text body) {
        GoalAssessment submitted = approvals.submit(Actor.of(caller), code, text(body));
        return ResponseEntity.created(URI.create("/api/v1/assessments/" + submitted.id())).body(AssessmentView.of(submitted));
    }

    /** The approval basis: the goal, linked activities with signatures, and the history. */
    @GetMapping("/assessments/{id}")
    Basis basis(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id) {
        ApprovalBasis basis = overviews.basis(Actor.of(caller), id);
        var history = basis.history().stream().map(event -> new EventView(event.kind(), event.personId(),
                basis.nameOf(event.personId()), event.role(), event.onBehalfOf(), event.comment(), event.occurredAt())).toList();
        return new Basis(AssessmentView.of(basis.assessment()), basis.goal().title(), basis.candidate().displayName(),
                activities(basis, basis.evidence()), basis.approvedAt(), activities(basis, basis.others()), history);
    }

    private static List<BasisActivity> activities(ApprovalBasis basis, List<LearningActivity> activities) {
        return activities.stream().map(activity -> {
            var signature = basis.signatures().get(activity.id());
            boolean signed = signature != null && "SIGNED".equals(signature.decision());
            return new BasisActivity(activity.id(), activity.type().name(), activity.description(), activity.performedOn(),
                    activity.status().name(), signed ? basis.nameOf(signature.signerId()) : null,
                    signed ? signature.decidedAt() : null);
        }).toList();
    }

    @PostMapping("/assessments/{id}/recall")
    ResponseEntity<Void> recall(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id) {
        approvals.recall(Actor.of(caller), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/assessments/{id}/recommendations")
    ResponseEntity<Void> recommend(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id,
                                   @RequestBody(required = false) Text body) {
        approvals.recommend(Actor.of(caller), id, text(body));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/assessments/{id}/approval")
    AssessmentView approve(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id,
                           @RequestBody(required = false) Text body) {
        return AssessmentView.of(approvals.approve(Actor.of(caller), id, text(body)));
    }

    @PostMapping("/assessments/{id}/return")
    ResponseEntity<Void> returnToCandidate(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id,
                                           @RequestBody(required = false) Text body) {
        approvals.returnToCandidate(Actor.of(caller), id, text(body));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/assessments/{id}/reopening")
    ResponseEntity<Void> reopen(@AuthenticationPrincipal SignedInPerson caller, @PathVariable UUID id,
                                @RequestBody(required = false) Text body) {
        approvals.reopen(Actor.of(caller), id, text(body));
        return ResponseEntity.noContent().build();
    }

    /** Submitted goals waiting for the caller's decision as approver or deputy, with what is still missing. */
    @GetMapping("/approvals")
    ResponseEntity<List<Pending>> awaitingDecision(@AuthenticationPrincipal SignedInPerson caller,
                                                   @RequestParam(required = false) String page, Locale locale) {
        Paged<PendingGoal> pending = queues.awaitingDecision(Actor.of(caller), Paged.number(page), PAGE_SIZE);
        return ApiPages.headers(pending, "/api/v1/approvals?page=").body(pending.rows().stream().map(goal -> Pending.of(goal,
                goal.missing() == null ? null : messages.getMessage(goal.missing(), null, locale))).toList());
    }

    /** Submitted goals waiting for the caller's recommendation as veileder or supervisor. */
    @GetMapping("/recommendations")
    ResponseEntity<List<Pending>> awaitingRecommendation(@AuthenticationPrincipal SignedInPerson caller,
                                                         @RequestParam(required = false) String page) {
        Paged<PendingGoal> pending = queues.awaitingRecommendation(Actor.of(caller), Paged.number(page), PAGE_SIZE);
        return ApiPages.headers(pending, "/api/v1/recommendations?page=")
                .body(pending.rows().stream().map(goal -> Pending.of(goal, null)).toList());
    }

    /** Goals in one answer of a queue; the rest follow by {@code ?page=}, announced in the {@code Link} header. */
    static final int PAGE_SIZE = 100;

    private static String text(Text body) {
        return body == null ? null : body.text();
    }

    private static String actor(SignedInPerson caller) {
        return caller.personId().toString();
    }
}
