package no.veiviser.guidance;

import java.util.LinkedHashMap;
import java.util.Map;
import no.veiviser.shared.AuditableEvent;

/** A veileder recorded or withdrew her own preparation and follow-up time, as a typed fact. */
public sealed interface WorkTimeEvent extends AuditableEvent {

    WorkTime entry();

    @Override
    default String subjectType() {
        return "veileder_work_time";
    }

    @Override
    default String subjectId() {
        return entry().id().toString();
    }

    @Override
    default Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("candidateId", entry().candidateId().toString());
        details.put("workedOn", entry().workedOn().toString());
        details.put("hours", entry().hours().toPlainString());
        return details;
    }

    record Recorded(WorkTime entry, String actor) implements WorkTimeEvent {
        @Override
        public String action() {
            return "workTime.recorded";
        }
    }

    record Withdrawn(WorkTime entry, String actor) implements WorkTimeEvent {
        @Override
        public String action() {
            return "workTime.withdrawn";
        }
    }
}
