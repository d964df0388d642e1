package no.veiviser.programme;

import java.util.LinkedHashMap;
import java.util.Map;
import no.veiviser.shared.AuditableEvent;

/** Something that happened to a service record, as a past-tense fact. */
public sealed interface ServiceRecordEvent extends AuditableEvent
        permits ServiceRecordReported, ServiceRecordWithdrawn, ServiceRecordConfirmed, ServiceRecordRejected {

    ServiceRecord record();

    /** The fact for a record that has just reached its status. */
    static ServiceRecordEvent of(ServiceRecord record, String actor) {
        return switch (record.status()) {
            case REPORTED -> new ServiceRecordReported(record, actor);
            case WITHDRAWN -> new ServiceRecordWithdrawn(record, actor);
            case CONFIRMED -> new ServiceRecordConfirmed(record, actor);
            case REJECTED -> new ServiceRecordRejected(record, actor);
        };
    }

    @Override
    default String subjectType() {
        return "person";
    }

    @Override
    default String subjectId() {
        return record().candidateId().toString();
    }

    @Override
    default Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("serviceRecordId", record().id().toString());
        details.put("kind", record().kind().name());
        details.put("status", record().status().name());
        return details;
    }
}
