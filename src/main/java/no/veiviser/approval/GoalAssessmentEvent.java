package no.veiviser.approval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import no.veiviser.shared.AuditableEvent;

/**
 * A step in a goal's assessment, as a past-tense fact: who, in which role, what, when. Listeners
 * switch on the type; the audit log records each as {@code goal.<step>}.
 */
public sealed interface GoalAssessmentEvent extends AuditableEvent
        permits GoalSubmitted, GoalRecalled, GoalRecommended, GoalNotYetRecommended, GoalApproved, GoalReturned,
                GoalReopened, GoalCarriedOver {

    GoalAssessment assessment();

    AssessmentEvent event();

    /** The fact for a recorded step. */
    static GoalAssessmentEvent of(GoalAssessment assessment, AssessmentEvent event, String actor) {
        return switch (event.kind()) {
            case SUBMITTED -> new GoalSubmitted(assessment, event, actor);
            case RECALLED -> new GoalRecalled(assessment, event, actor);
            case RECOMMENDED -> new GoalRecommended(assessment, event, actor);
            case NOT_YET -> new GoalNotYetRecommended(assessment, event, actor);
            case APPROVED -> new GoalApproved(assessment, event, actor);
            case RETURNED -> new GoalReturned(assessment, event, actor);
            case REOPENED -> new GoalReopened(assessment, event, actor);
            case CARRIED_OVER -> new GoalCarriedOver(assessment, event, actor);
        };
    }

    @Override
    default String action() {
        return "goal." + event().kind().name().toLowerCase(Locale.ROOT);
    }

    @Override
    default String subjectType() {
        return "goal_assessment";
    }

    @Override
    default String subjectId() {
        return assessment().id().toString();
    }

    @Override
    default Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("candidateId", assessment().candidateId().toString());
        details.put("goal", assessment().goalCode());
        details.put("personId", event().personId().toString());
        details.put("role", event().role().name());
        if (!event().basisCodes().isEmpty()) {
            details.put("basis", String.join(" ", event().basisCodes()));
        }
        if (event().onBehalfOf() != null) {
            details.put("onBehalfOf", event().onBehalfOf().toString());
        }
        return details;
    }
}
