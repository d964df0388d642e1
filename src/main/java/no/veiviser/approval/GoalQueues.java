package no.veiviser.approval;

import java.time.Clock;
import java.time.LocalDate;
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
import no.veiviser.identity.Actor;
import no.veiviser.identity.People;
import no.veiviser.identity.Person;
import no.veiviser.organisation.Organisations;
import no.veiviser.programme.Audience;
import no.veiviser.programme.CurrentRelationships;
import no.veiviser.programme.Enrolment;
import no.veiviser.programme.Enrolments;
import no.veiviser.programme.RelationshipKind;
import no.veiviser.programme.Relationships;
import no.veiviser.shared.Paged;
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
    private final Clock clock;

    GoalQueues(AssessmentRepository assessments, Relationships relationships, People people, GoalCatalogs catalogs,
               Enrolments enrolments, Organisations organisations, Clock clock) {
        this.assessments = assessments;
        this.relationships = relationships;
        this.people = people;
        this.catalogs = catalogs;
        this.enrolments = enrolments;
        this.organisations = organisations;
        this.clock = clock;
    }

    /**
     * Goals on a page of a queue: an approver for a large municipality has thousands waiting, and each
     * row carries its decision form, so a page is twenty (a phone's few screens), not fifty.
     */
    public static final int PAGE_SIZE = 20;

    /** A page of the submitted goals of the candidates she approves for (or deputises), oldest first. */
    public Paged<PendingGoal> awaitingDecision(Actor approver, int number, int size) {
        UUID approverId = approver.personId();
        return pending(approverId, EnumSet.of(RelationshipKind.APPROVER, RelationshipKind.DEPUTY_APPROVER), true,
                number, size);
    }

    /** A page of the submitted goals of her candidates she has not yet answered, oldest first. */
    public Paged<PendingGoal> awaitingRecommendation(Actor recommender, int number, int size) {
        UUID personId = recommender.personId();
        return pending(personId, EnumSet.of(RelationshipKind.VEILEDER, RelationshipKind.SUPERVISOR), false,
                number, size);
    }

    /**
     * The page is chosen and counted in the database; names, histories and relationships are read
     * for the rows on it only, so a page costs the same for ten waiting goals as for ten thousand.
     */
    private Paged<PendingGoal> pending(UUID personId, Set<RelationshipKind> kinds, boolean forDecision, int number,
                                       int size) {
        List<String> kindNames = kinds.stream().map(RelationshipKind::name).toList();
        LocalDate today = LocalDate.now(clock);
        Paged<GoalAssessment> submitted = forDecision
                ? assessments.submittedOf(personId, kindNames, today, number, size)
                : assessments.submittedNotAnsweredBy(personId, kindNames, today, number, size);
        Set<UUID> candidates = submitted.rows().stream().map(GoalAssessment::candidateId).collect(Collectors.toSet());
        Map<UUID, List<AssessmentEvent>> history = assessments.eventsOf(submitted.rows().stream().map(GoalAssessment::id).toList())
                .stream().collect(Collectors.groupingBy(AssessmentEvent::assessmentId));
        Map<UUID, Person> names = people.findAll(candidates);
        Map<String, LearningGoal> goals = catalogs.latestGoals().stream()
                .collect(Collectors.toMap(LearningGoal::code, Function.identity(), (first, second) -> first));
        Map<UUID, CurrentRelationships> current = relationships.currentOf(candidates);
        Set<UUID> askingForJustification = candidatesAskingForJustification(candidates.stream()
                .filter(candidate -> current.get(candidate).holds(personId, RelationshipKind.VEILEDER))
                .collect(Collectors.toSet()));
        List<PendingGoal> rows = submitted.rows().stream().map(assessment -> {
            List<AssessmentEvent> since = sinceSubmission(history.getOrDefault(assessment.id(), List.of()));
            String missing = forDecision
                    ? ApprovalRule.missing(since, current.get(assessment.candidateId()), personId).orElse(null) : null;
            LearningGoal goal = goals.get(assessment.goalCode());
            boolean justificationRequired = askingForJustification.contains(assessment.candidateId());
            CurrentRelationships relations = current.get(assessment.candidateId());
            boolean basisReadable = relations.relationships().stream()
                    .anyMatch(relationship -> relationship.personId().equals(personId)
                            && Audience.READ_PORTFOLIO.grantedBy(relationship.kind()));
            return new PendingGoal(assessment, names.get(assessment.candidateId()).displayName(),
                    goal == null || !goal.hasTitle() ? null : goal.title(), since, missing, justificationRequired,
                    basisReadable);
        }).toList();
        return new Paged<>(rows, submitted.number(), submitted.size(), submitted.total(), submitted.countLimited());
    }

    /**
     * Of her candidates as veileder, those whose organisation asks the veileder for a written
     * justification: two queries, none for an approver who is no one's veileder on the page.
     */
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
