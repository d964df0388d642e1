package no.veiviser.portfolio;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.veiviser.shared.AuditableEvent;

/** An activity was recorded, sent for signature, signed or rejected. Details carry no free text. */
public record ActivityChanged(String action, UUID activityId, UUID candidateId, UUID counterpartId, String actor)
        implements AuditableEvent {

    @Override
    public String subjectType() {
        return "learning_activity";
    }

    @Override
    public String subjectId() {
        return activityId.toString();
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("candidateId", candidateId.toString());
        if (counterpartId != null) {
            details.put("signerId", counterpartId.toString());
        }
        return details;
    }
}
