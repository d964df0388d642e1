package no.veiviser.organisation;

import java.util.Map;
import java.util.UUID;
import no.veiviser.shared.AuditableEvent;

/** The organisation, a registration or an arena was created or changed. */
public record OrganisationChanged(String action, String subjectType, UUID subject, Map<String, Object> details,
                                  String actor) implements AuditableEvent {

    @Override
    public String subjectId() {
        return subject.toString();
    }
}
