package no.veiviser.programme;

import java.util.Map;
import no.veiviser.shared.AuditableEvent;

public record CandidateEnrolled(Enrolment enrolment, String actor) implements AuditableEvent {

    @Override
    public String action() {
        return "enrolment.created";
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
        return Map.of("enrolmentId", enrolment.id().toString(), "programme", enrolment.programme().name(),
                "scheme", enrolment.scheme().name(), "startDate", enrolment.startDate().toString());
    }
}
