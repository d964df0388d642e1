package no.veiviser.approval;

import no.veiviser.identity.Actor;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.veiviser.approval.internal.AssessmentRepository;
import no.veiviser.catalog.GoalCatalogs;
import no.veiviser.catalog.LearningGoal;
import no.veiviser.identity.People;
import no.veiviser.identity.Person;
import no.veiviser.organisation.Organisations;
import no.veiviser.programme.Audience;
import no.veiviser.programme.CurrentRelationships;
import no.veiviser.programme.Enrolment;
import no.veiviser.programme.Enrolments;
import no.veiviser.programme.RelationshipKind;
import no.veiviser.programme.Relationships;
import no.veiviser.programme.SupervisionRelationship;
import org.springframework.stereotype.Service;

/**
 * What waits for whom: goals waiting for an approver's decision, and goals waiting for a veileder's
 * or supervisor's recommendation. A fixed number of queries, whatever the number of candidates.
 */
@Service
public class GoalQueues {

    private final AssessmentRepository assessments;
    private final Relationships relationships;
    private final People people;
    private final GoalCatalogs catalogs;
    private final Enrolments enrolments;
    private final Organisations organisations;

    GoalQueues(AssessmentRepository assessments, Relationships relationships, People people, GoalCatalogs catalogs,
               Enrolments enrolments, Organisations organisations) {
        this.assessments = assessments;
        this.relationships = relationships;
        this.people = people;
        this.catalogs = catalogs;
        this.enrolments = enrolments;
        this.organisations = organisations;
    }

    /** Submitted goals of the candidates she approves for (or deputises), oldest first. */
    public List<PendingGoal> awaitingDecision(Actor approver) {
        UUID approverId = approver.personId();
        return pending(approverId, EnumSet.of(RelationshipKind.APPROVER, RelationshipKind.DEPUTY_APPROVER), true);
    }

    /** Submitted goals of her candidates she has not yet recommended, oldest first. */
    public List<PendingGoal> awaitingRecommendation(Actor recommender) {
        UUID personId = recommender.personId();
        return pending(personId, EnumSet.of(RelationshipKind.VEILEDER, RelationshipKind.SUPERVISOR), false).stream()
                .filter(goal -> goal.sinceSubmission().stream().noneMatch(event ->
                        GoalApprovals.answers(event) && event.personId().equals(personId)))
                .toList();
    }

    private List<PendingGoal> pending(UUID personId, Set<RelationshipKind> kinds, boolean withMissing) {
        Set<UUID> candidates = relationships.activeOf(personId).stream()
                .filter(relationship -> kinds.contains(relationship.kind()))
                .map(SupervisionRelationship::candidateId).collect(Collectors.toSet());
        List<GoalAssessment> submitted = assessments.submittedOf(candidates);
        Map<UUID, List<AssessmentEvent>> history = assessments.eventsOf(submitted.stream().map(GoalAssessment::id).toList())
                .stream().collect(Collectors.groupingBy(AssessmentEvent::assessmentId));
        Map<UUID, Person> names = people.findAll(candidates);
        Map<String, LearningGoal> goals = catalogs.latestGoals().stream()
                .collect(Collectors.toMap(LearningGoal::code, Function.identity(), (first, second) -> first));
        Map<UUID, CurrentRelationships> current = relationships.currentOf(candidates);
        Set<UUID> askingForJustification = candidatesAskingForJustification(candidates);
        return submitted.stream().map(assessment -> {
            List<AssessmentEvent> since = sinceSubmission(history.getOrDefault(assessment.id(), List.of()));
            String missing = withMissing
                    ? ApprovalRule.missing(since, current.get(assessment.candidateId()), personId).orElse(null) : null;
            LearningGoal goal = goals.get(assessment.goalCode());
            boolean justificationRequired = askingForJustification.contains(assessment.candidateId())
                    && current.get(assessment.candidateId()).holds(personId, RelationshipKind.VEILEDER);
            CurrentRelationships relations = current.get(assessment.candidateId());
            boolean basisReadable = relations.relationships().stream()
                    .anyMatch(relationship -> relationship.personId().equals(personId)
                            && Audience.READ_PORTFOLIO.grantedBy(relationship.kind()));
            return new PendingGoal(assessment, names.get(assessment.candidateId()).displayName(),
                    goal == null || !goal.hasTitle() ? null : goal.title(), since, missing, justificationRequired,
                    basisReadable);
        }).toList();
    }

    /** The candidates whose organisation asks the veileder for a written justification (two queries). */
    private Set<UUID> candidatesAskingForJustification(Set<UUID> candidates) {
        var enrolled = enrolments.ofCandidates(candidates);
        Set<UUID> asking = organisations.requiringVeilederJustification(
                enrolled.stream().map(Enrolment::organisationId).collect(Collectors.toSet()));
        return enrolled.stream().filter(enrolment -> asking.contains(enrolment.organisationId()))
                .map(Enrolment::candidateId).collect(Collectors.toSet());
    }

    static List<AssessmentEvent> sinceSubmission(List<AssessmentEvent> history) {
        int lastSubmission = -1;
        for (int index = 0; index < history.size(); index++) {
            if (history.get(index).kind() == AssessmentEvent.Kind.SUBMITTED) {
                lastSubmission = index;
            }
        }
        return history.subList(lastSubmission + 1, history.size());
    }
}
