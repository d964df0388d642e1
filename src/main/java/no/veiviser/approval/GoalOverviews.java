package no.veiviser.approval;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.veiviser.approval.internal.AssessmentRepository;
import no.veiviser.catalog.GoalCatalogs;
import no.veiviser.portfolio.ActivityStatus;
import no.veiviser.portfolio.Portfolio;
import no.veiviser.programme.Enrolments;
import org.springframework.stereotype.Service;

/**
 * A candidate's goals per assigned catalog with status, signed activities and progress. The queries
 * are one per catalog plus a fixed few, whatever the number of goals and activities.
 */
@Service
public class GoalOverviews {

    private final Enrolments enrolments;
    private final GoalCatalogs catalogs;
    private final AssessmentRepository assessments;
    private final Portfolio portfolio;

    GoalOverviews(Enrolments enrolments, GoalCatalogs catalogs, AssessmentRepository assessments, Portfolio portfolio) {
        this.enrolments = enrolments;
        this.catalogs = catalogs;
        this.assessments = assessments;
        this.portfolio = portfolio;
    }

    public List<GoalProgress> of(UUID candidateId) {
        var enrolment = enrolments.of(candidateId).stream().findFirst();
        if (enrolment.isEmpty()) {
            return List.of();
        }
        Map<String, GoalAssessment> byGoal = assessments.ofCandidate(candidateId).stream()
                .collect(Collectors.toMap(GoalAssessment::goalCode, Function.identity()));
        Map<UUID, String> returnReasons = returnReasons(byGoal);
        Map<String, Long> signed = portfolio.of(candidateId).stream()
                .filter(activity -> activity.status() == ActivityStatus.SIGNED)
                .flatMap(activity -> activity.goalCodes().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return enrolments.assignedCatalogs(enrolment.get().id()).stream()
                .map(version -> new GoalProgress(version, catalogs.goals(version.id()).stream()
                        .map(goal -> {
                            GoalAssessment assessment = byGoal.get(goal.code());
                            return new GoalProgress.Row(goal, assessment == null ? null : assessment.status(),
                                    assessment == null ? null : assessment.id(), signed.getOrDefault(goal.code(), 0L),
                                    assessment == null ? null : returnReasons.get(assessment.id()));
                        }).toList()))
                .toList();
    }

    private Map<UUID, String> returnReasons(Map<String, GoalAssessment> byGoal) {
        List<UUID> returned = byGoal.values().stream().filter(assessment -> assessment.status() == AssessmentStatus.RETURNED)
                .map(GoalAssessment::id).toList();
        return assessments.eventsOf(returned).stream()
                .filter(event -> event.kind() == AssessmentEvent.Kind.RETURNED)
                .collect(Collectors.toMap(AssessmentEvent::assessmentId, AssessmentEvent::comment, (older, newer) -> newer));
    }
}
