package no.veiviser.portfolio;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.veiviser.shared.AuditableEvent;

/**
 * Something that happened to a learning activity, as a past-tense fact. Listeners switch on the type;
 * the audit log records each with its {@link #action()} name. Details carry no free text.
 */
public sealed interface ActivityEvent extends AuditableEvent
        permits ActivityRecorded, ActivityCorrected, ActivitySent, ActivitySigned, ActivityRejected, ActivityAttached,
        ActivityCommented, ActivityEdited, ActivityDiscarded, ActivityWithdrawn {

    UUID activityId();

    UUID candidateId();

    @Override
    default String subjectType() {
        return "learning_activity";
    }

    @Override
    default String subjectId() {
        return activityId().toString();
    }

    @Override
    default Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("candidateId", candidateId().toString());
        return details;
    }

    /** The details of an event that names the person asked to sign. */
    static Map<String, Object> withSigner(ActivityEvent event, UUID signerId) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("candidateId", event.candidateId().toString());
        details.put("signerId", signerId.toString());
        return details;
    }
}
