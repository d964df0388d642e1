package no.veiviser.shell;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import no.veiviser.audit.AuditChain;
import no.veiviser.audit.AuditEntry;
import no.veiviser.audit.ChainHead;
import no.veiviser.audit.Checkpoints;
import no.veiviser.shared.FormRefusals;
import no.veiviser.shared.TypedText;
import no.veiviser.shared.Refusal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import no.veiviser.audit.AuditLog;
import no.veiviser.identity.Actor;
import no.veiviser.identity.People;
import no.veiviser.identity.Person;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The newest entries of the audit log made for the administrator's own organisation, with names; the
 * verification of its hash chain, and its checkpoint to keep elsewhere.
 */
@Controller
class AuditPageController {

    static final int PAGE_SIZE = 100;

    private final AuditLog auditLog;
    private final AuditChain chain;
    private final People people;
    private final Clock clock;

    AuditPageController(AuditLog auditLog, AuditChain chain, People people, Clock clock) {
        this.auditLog = auditLog;
        this.chain = chain;
        this.people = people;
        this.clock = clock;
    }

    /** The newest entries, of one action and between two days if she asks; people named, not numbered. */
    @GetMapping("/admin/audit")
    String audit(Actor administrator, @RequestParam(required = false) String action,
                 @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        List<String> actions = auditLog.actionsOf(administrator.organisationId());
        String chosen = actions.contains(action) ? action : null;
        LocalDate fromDay = TypedText.date(from);
        LocalDate toDay = TypedText.date(to);
        List<AuditEntry> entries = auditLog.latestOf(administrator.organisationId(), chosen, fromDay, toDay, PAGE_SIZE);
        Map<String, String> names = names(entries);
        model.addAttribute("rows", entries.stream().map(entry -> AuditRow.of(entry, names)).toList());
        model.addAttribute("actions", actions);
        model.addAttribute("filter", new AuditFilter(chosen, fromDay, toDay));
        return "shell/audit";
    }

    /**
     * Verifies the organisation's chain from its first row, and against a checkpoint the
     * administrator saved earlier, if she gives one.
     */
    @PostMapping("/admin/audit/verify")
    String verify(Actor administrator, @RequestParam(required = false) MultipartFile checkpoint, Model model)
            throws IOException {
        List<ChainHead> saved = List.of();
        if (checkpoint != null && !checkpoint.isEmpty()) {
            try {
                saved = Checkpoints.read(new String(checkpoint.getBytes(), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException notACheckpoint) {
                model.addAttribute(FormRefusals.FLASH, Refusal.of("audit.verify.notACheckpoint"));
                return audit(administrator, null, null, null, model);
            }
        }
        model.addAttribute("verification", chain.verifyOrganisation(administrator.organisationId(), saved));
        model.addAttribute("withCheckpoint", !saved.isEmpty());
        return audit(administrator, null, null, null, model);
    }

    /** The organisation's chain head now, as a file to keep outside Veiviser. */
    @GetMapping("/admin/audit/checkpoint.json")
    ResponseEntity<String> checkpoint(Actor administrator) {
        String now = OffsetDateTime.now(clock).toString();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("veiviser-revisjonslogg-" + LocalDate.now(clock) + ".json").build().toString())
                .body(Checkpoints.write(chain.checkpointOf(administrator.organisationId()), now));
    }

    private Map<String, String> names(List<AuditEntry> entries) {
        List<UUID> ids = entries.stream().flatMap(entry -> AuditRow.personIds(entry).stream()).distinct().toList();
        Map<UUID, Person> persons = people.findAll(ids);
        return persons.values().stream().collect(java.util.stream.Collectors.toMap(person -> person.id().toString(),
                Person::displayName));
    }
}
