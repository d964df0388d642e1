package no.veiviser.guidance.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.veiviser.guidance.GuidanceSession;
import no.veiviser.guidance.GuidanceSessions;
import no.veiviser.guidance.PrivateSession;
import no.veiviser.guidance.TextKind;
import no.veiviser.identity.Actor;
import no.veiviser.identity.People;
import no.veiviser.identity.Person;
import no.veiviser.identity.SignedInPerson;
import no.veiviser.shared.ConflictException;
import no.veiviser.shared.FormErrors;
import no.veiviser.shared.Paged;
import no.veiviser.shared.FormRefusals;
import no.veiviser.shared.TypedText;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Guidance sessions: the candidate's and the veileder's list and planning at {@code /guidance}, one
 * session with its preparation and minutes for its two people, and a candidate's sessions without
 * text for those who read her service.
 */
@Controller
class GuidanceController {

    private final GuidanceSessions guidance;
    private final no.veiviser.guidance.SessionLists lists;
    private final no.veiviser.guidance.GuidanceGroups groups;
    private final no.veiviser.guidance.GuidanceSharing sharing;
    private final no.veiviser.guidance.GuidanceNeeds needs;
    private final no.veiviser.guidance.GroupDiplomas diplomas;
    private final People people;
    private final java.time.Clock clock;

    GuidanceController(GuidanceSessions guidance, no.veiviser.guidance.SessionLists lists,
                       no.veiviser.guidance.GuidanceGroups groups,
                       no.veiviser.guidance.GuidanceSharing sharing, no.veiviser.guidance.GuidanceNeeds needs,
                       no.veiviser.guidance.GroupDiplomas diplomas, People people, java.time.Clock clock) {
        this.needs = needs;
        this.diplomas = diplomas;
        this.sharing = sharing;
        this.guidance = guidance;
        this.lists = lists;
        this.groups = groups;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/guidance")
    String mine(@AuthenticationPrincipal SignedInPerson viewer, @RequestParam(required = false) String page,
                Model model) {
        return listPage(viewer, Paged.number(page), PlanForm.empty(), new FormErrors(), model);
    }

    @PostMapping("/guidance/sessions")
    String plan(@AuthenticationPrincipal SignedInPerson viewer, @ModelAttribute PlanForm form, Model model,
                RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        var planned = form.session(errors);
        var session = errors.isEmpty()
                ? FormRefusals.attempt(errors, () -> guidance.plan(Actor.of(viewer), planned)) : java.util.Optional.<GuidanceSession>empty();
        if (session.isPresent()) {
            redirect.addFlashAttribute("notice", "guidance.planned");
            return "redirect:/guidance/sessions/" + session.get().id();
        }
        return listPage(viewer, 1, form, errors, model);
    }

    @GetMapping("/guidance/sessions/{sessionId}")
    String session(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID sessionId, Model model) {
        return sessionPage(viewer, sessionId, new FormErrors(), Map.of(), model);
    }

    @PostMapping("/guidance/sessions/{sessionId}/texts/{kind}")
    String write(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID sessionId, @PathVariable String kind,
                 @RequestParam(required = false) String body, @RequestParam(defaultValue = "-1") int version,
                 Model model, RedirectAttributes redirect) {
        TextKind textKind = TypedText.value(TextKind.values(), kind);
        FormErrors errors = new FormErrors();
        Map<TextKind, String> typed = new EnumMap<>(TextKind.class);
        if (textKind == null) {
            return sessionPage(viewer, sessionId, errors, typed, model);
        }
        String field = "text-" + textKind.name();
        try {
            if (FormRefusals.run(errors, name -> field,
                    () -> guidance.write(Actor.of(viewer), sessionId, textKind, body, version))) {
                redirect.addFlashAttribute("notice", "guidance.text.saved");
                return "redirect:/guidance/sessions/" + sessionId + "#" + field;
            }
        } catch (ConflictException changed) {
            errors.reject(field, "guidance.text.changed");
        }
        typed.put(textKind, body == null ? "" : body);
        return sessionPage(viewer, sessionId, errors, typed, model);
    }

    @PostMapping("/guidance/sessions/{sessionId}/schedule")
    String reschedule(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID sessionId,
                      @ModelAttribute PlanForm form, RedirectAttributes redirect) {
        // The service decides first whether she may move it at all (anyone else: not found), then what was typed.
        FormErrors unread = new FormErrors();
        var schedule = form.session(unread);
        FormErrors refused = new FormErrors();
        if (FormRefusals.run(refused, () -> guidance.reschedule(Actor.of(viewer), sessionId, schedule))) {
            redirect.addFlashAttribute("notice", "guidance.rescheduled");
        } else {
            var field = refused.all().keySet().iterator().next();
            var error = unread.has(field) ? unread.of(field) : refused.of(field);
            FormRefusals.flash(redirect, error.key(), error.arguments());
        }
        return "redirect:/guidance/sessions/" + sessionId;
    }

    @PostMapping("/guidance/sessions/{sessionId}/correction")
    String correct(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID sessionId,
                   @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        var correction = FormRefusals.attempt(redirect, () -> guidance.correct(Actor.of(viewer), sessionId, reason));
        if (correction.isPresent()) {
            redirect.addFlashAttribute("notice", "guidance.correction.started");
            return "redirect:/guidance/sessions/" + correction.get().id();
        }
        return "redirect:/guidance/sessions/" + sessionId;
    }

    @PostMapping("/guidance/sessions/{sessionId}/shares")
    String share(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID sessionId,
                 RedirectAttributes redirect) {
        if (FormRefusals.run(redirect, () -> sharing.share(Actor.of(viewer), sessionId))) {
            redirect.addFlashAttribute("notice", "guidance.shared");
        }
        return "redirect:/guidance/sessions/" + sessionId;
    }

    @PostMapping("/guidance/sessions/{sessionId}/share-revocation")
    String revokeShare(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID sessionId,
                       @RequestParam(required = false) UUID personId, RedirectAttributes redirect) {
        if (FormRefusals.run(redirect, () -> sharing.revokeShare(Actor.of(viewer), sessionId, personId))) {
            redirect.addFlashAttribute("notice", "guidance.shareRevoked");
        }
        return "redirect:/guidance/sessions/" + sessionId;
    }

    @PostMapping("/guidance/sessions/{sessionId}/goals")
    String goals(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID sessionId,
                 @RequestParam(required = false) String goalCodes, RedirectAttributes redirect) {
        List<String> codes = goalCodes == null ? List.of() : List.of(goalCodes.split("[,\\s]+"));
        if (FormRefusals.run(redirect, () -> guidance.linkGoals(Actor.of(viewer), sessionId, codes))) {
            redirect.addFlashAttribute("notice", "guidance.goals.saved");
        }
        return "redirect:/guidance/sessions/" + sessionId;
    }

    @PostMapping("/guidance/sessions/{sessionId}/finalisation")
    String finalise(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID sessionId,
                    RedirectAttributes redirect) {
        close(() -> guidance.finalise(Actor.of(viewer), sessionId), "guidance.finalised", redirect);
        return "redirect:/guidance/sessions/" + sessionId;
    }

    @PostMapping("/guidance/sessions/{sessionId}/cancellation")
    String cancel(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID sessionId,
                  RedirectAttributes redirect) {
        close(() -> guidance.cancel(Actor.of(viewer), sessionId), "guidance.cancelled", redirect);
        return "redirect:/guidance/sessions/" + sessionId;
    }

    /** The planned session as a calendar entry: when and where, never its text. */
    @GetMapping("/guidance/sessions/{sessionId}/calendar.ics")
    ResponseEntity<byte[]> calendar(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID sessionId) {
        PrivateSession session = guidance.privateText(Actor.of(viewer), sessionId);
        Map<UUID, Person> persons = people.findAll(Set.of(session.session().candidateId(), session.session().veilederId()));
        String ics = Calendar.of(session.session(), persons.get(session.session().candidateId()).displayName(),
                persons.get(session.session().veilederId()).displayName());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"veiledning.ics\"")
                .body(ics.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/candidates/{id}/guidance")
    String candidate(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID id, Model model) {
        List<GuidanceSession> sessions = guidance.of(Actor.of(viewer), id);
        Set<UUID> ids = new HashSet<>(Set.of(id));
        sessions.forEach(session -> ids.add(session.veilederId()));
        Map<UUID, Person> persons = people.findAll(ids);
        Actor actor = Actor.of(viewer);
        model.addAttribute("view", new CandidateGuidancePage(persons.get(id), sessions, persons, LocalDate.now(clock),
                groups.held(actor, id), diplomas.of(actor, id)));
        return "guidance/candidate-guidance";
    }

    private static void close(Runnable action, String notice, RedirectAttributes redirect) {
        try {
            if (FormRefusals.run(redirect, action)) {
                redirect.addFlashAttribute("notice", notice);
            }
        } catch (ConflictException e) {
            FormRefusals.flash(redirect, "guidance.closed");
        }
    }

    /** Sessions listed on a page: a veileder with five candidates over five years has three hundred. */
    static final int SESSIONS_PER_PAGE = 50;

    private String listPage(SignedInPerson viewer, int number, PlanForm form, FormErrors errors, Model model) {
        Actor actor = Actor.of(viewer);
        no.veiviser.guidance.SessionList sessions = lists.listOf(actor, number, SESSIONS_PER_PAGE);
        Set<UUID> candidateIds = sessions.candidates();
        Set<UUID> ids = new HashSet<>(candidateIds);
        ids.add(viewer.personId());
        sessions.shown().rows().forEach(session -> {
            ids.add(session.candidateId());
            ids.add(session.veilederId());
        });
        Map<UUID, Person> persons = people.findAll(ids);
        List<Person> candidates = candidateIds.stream().map(persons::get)
                .sorted(java.util.Comparator.comparing(Person::displayName)).toList();
        Object notice = model.getAttribute("notice");
        List<no.veiviser.guidance.HeldGroup> memberships = candidates.isEmpty() ? groups.held(viewer.personId()) : List.of();
        model.addAttribute("view", new GuidancePage(sessions, persons, candidates, form, errors, LocalDate.now(clock),
                notice == null ? null : notice.toString(), memberships,
                memberships.isEmpty() ? List.of() : diplomas.of(actor, viewer.personId()),
                candidates.isEmpty() ? Map.of() : needs.thisYear(actor, candidateIds)));
        return "guidance/guidance";
    }

    private String sessionPage(SignedInPerson viewer, UUID sessionId, FormErrors errors, Map<TextKind, String> typed,
                               Model model) {
        Actor actor = Actor.of(viewer);
        GuidanceSession found = guidance.session(actor, sessionId);
        PrivateSession text = guidance.mayRead(actor, found) ? guidance.privateText(actor, sessionId) : null;
        GuidanceSession session = text == null ? found : text.session();
        List<UUID> sharedWith = sharing.sharedWith(actor, session);
        UUID laterVeileder = viewer.personId().equals(session.candidateId())
                ? sharing.laterVeileder(session).orElse(null) : null;
        Set<UUID> ids = new HashSet<>(sharedWith);
        ids.add(session.candidateId());
        ids.add(session.veilederId());
        if (laterVeileder != null) {
            ids.add(laterVeileder);
        }
        Map<UUID, Person> persons = people.findAll(ids);
        Object notice = model.getAttribute("notice");
        GuidanceSession correction = guidance.correctionOf(session).orElse(null);
        model.addAttribute("view", new SessionPage(session, correction, persons.get(session.candidateId()),
                persons.get(session.veilederId()), text == null ? null : text.texts(),
                viewer.personId().equals(session.candidateId()), viewer.personId().equals(session.veilederId()),
                errors, typed, LocalDate.now(clock), notice == null ? null : notice.toString(),
                sharedWith.stream().map(persons::get).toList(), laterVeileder == null ? null : persons.get(laterVeileder)));
        return "guidance/session";
    }
}
