package no.veiviser.guidance;

import java.util.LinkedHashMap;
import java.util.Map;
import no.veiviser.shared.AuditableEvent;

/**
 * Something that happened to a guidance session. The audit trail records that it happened, who did
 * it and when — never a word of the preparation or the minutes.
 */
public sealed interface GuidanceSessionEvent extends AuditableEvent
        permits GuidanceSessionPlanned, GuidanceSessionRescheduled, GuidanceTextWritten, GuidanceSessionFinalised,
        GuidanceSessionCancelled, GuidanceSessionShared, GuidanceShareRevoked {

    GuidanceSession session();

    @Override
    default String subjectType() {
        return "person";
    }

    @Override
    default String subjectId() {
        return session().candidateId().toString();
    }

    @Override
    default Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("sessionId", session().id().toString());
        details.put("heldOn", session().heldOn().toString());
        details.put("personId", session().veilederId().toString());
        return details;
    }
}
