package no.veiviser.identity;

import java.util.UUID;
import no.veiviser.shared.AuditableEvent;

/** An audited change to a person: her record, account, roles or qualifications. */
public interface PersonChange extends AuditableEvent {

    UUID personId();

    @Override
    default String subjectType() {
        return "person";
    }

    @Override
    default String subjectId() {
        return personId().toString();
    }
}
