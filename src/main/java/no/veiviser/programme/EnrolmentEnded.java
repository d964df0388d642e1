package no.veiviser.programme;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import no.veiviser.shared.AuditableEvent;

/** The department head ended the candidate's programme on her last day, with a reason when one was given. */
public record EnrolmentEnded(Enrolment enrolment, LocalDate lastDay, String reason, String actor)
        implements AuditableEvent {

    @Override
    public String action() {
        return "enrolment.ended";
    }

    @Override
    public String subjectType() {
        return "person";
    }

    @Override
    public String subjectId() {
        return enrolment.candidateId().toString();
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("enrolmentId", enrolment.id().toString());
        details.put("lastDay", lastDay.toString());
        if (reason != null) {
            details.put("reason", reason);
        }
        return details;
    }
}
