package no.veiviser.approval;

import java.util.LinkedHashMap;
import java.util.Map;
import no.veiviser.shared.AuditableEvent;

/** A step in a goal's assessment, for the audit log: who, in which role, what, when. */
public record GoalAssessmentChanged(GoalAssessment assessment, AssessmentEvent event, String actor)
        implements AuditableEvent {

    @Override
    public String action() {
        return "goal." + event.kind().name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String subjectType() {
        return "goal_assessment";
    }

    @Override
    public String subjectId() {
        return assessment.id().toString();
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("candidateId", assessment.candidateId().toString());
        details.put("goal", assessment.goalCode());
        details.put("personId", event.personId().toString());
        details.put("role", event.role().name());
        if (event.onBehalfOf() != null) {
            details.put("onBehalfOf", event.onBehalfOf().toString());
        }
        return details;
    }
}
