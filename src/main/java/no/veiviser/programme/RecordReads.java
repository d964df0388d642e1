package no.veiviser.programme;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.veiviser.audit.AccessLog;
import no.veiviser.audit.AccessLogEntry;
import no.veiviser.identity.Actor;
import no.veiviser.identity.People;
import no.veiviser.identity.Person;
import no.veiviser.identity.Role;
import no.veiviser.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Who has read a person's record (the access log), for the person herself and for the department
 * head of her organisation ({@link Audience#READ_ACCESS_LOG}). Two queries, whatever the length.
 */
@Service
public class RecordReads {

    /** The most reads a page shows. */
    public static final int SHOWN = 200;

    private final AccessLog accessLog;
    private final People people;

    RecordReads(AccessLog accessLog, People people) {
        this.accessLog = accessLog;
        this.people = people;
    }

    /** Who has read the actor's own record in the last twelve months; her own reads are never logged. */
    public List<RecordRead> ofMine(Actor actor) {
        return named(accessLog.readsOf(actor.personId(), SHOWN));
    }

    /** Reads of the records of the department head's organisation's candidates in the last twelve months. */
    public List<RecordRead> ofOrganisation(Actor head) {
        if (!head.hasRole(Role.DEPARTMENT_HEAD) || head.organisationId() == null) {
            throw new NotFoundException("Access log");
        }
        return named(accessLog.readsInOrganisation(head.organisationId(), SHOWN));
    }

    private List<RecordRead> named(List<AccessLogEntry> entries) {
        Set<UUID> ids = new HashSet<>();
        entries.forEach(entry -> {
            ids.add(entry.readerId());
            ids.add(entry.subjectId());
        });
        Map<UUID, Person> persons = people.findAll(ids);
        return entries.stream().map(entry -> new RecordRead(entry.readAt(), persons.get(entry.readerId()).displayName(),
                persons.get(entry.subjectId()).displayName(), Audience.valueOf(entry.part()),
                AccessBasis.valueOf(entry.basis()))).toList();
    }
}
