package no.veiviser.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import no.veiviser.audit.AuditEntry;
import no.veiviser.audit.AuditLog;
import no.veiviser.identity.Actor;
import no.veiviser.identity.People;
import no.veiviser.identity.Person;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The newest entries of the audit log made for the administrator's own organisation, with names. */
@Controller
class AuditPageController {

    static final int PAGE_SIZE = 100;

    private final AuditLog auditLog;
    private final People people;

    AuditPageController(AuditLog auditLog, People people) {
        this.auditLog = auditLog;
        this.people = people;
    }

    @GetMapping("/admin/audit")
    String audit(Actor administrator, Model model) {
        List<AuditEntry> entries = auditLog.latestOf(administrator.organisationId(), PAGE_SIZE);
        model.addAttribute("entries", entries);
        model.addAttribute("names", names(entries));
        return "audit";
    }

    private Map<String, String> names(List<AuditEntry> entries) {
        List<UUID> ids = entries.stream().map(entry -> personId(entry.actor())).filter(Objects::nonNull).distinct().toList();
        Map<UUID, Person> persons = people.findAll(ids);
        return persons.values().stream().collect(java.util.stream.Collectors.toMap(person -> person.id().toString(),
                Person::displayName));
    }

    private static UUID personId(String actor) {
        try {
            return UUID.fromString(actor);
        } catch (IllegalArgumentException system) {
            return null;
        }
    }
}
