package no.veiviser.guidance.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.veiviser.guidance.GuidanceSessions;
import no.veiviser.guidance.VeilederWorkTime;
import no.veiviser.guidance.WorkTime;
import no.veiviser.identity.Actor;
import no.veiviser.identity.People;
import no.veiviser.identity.Person;
import no.veiviser.identity.SignedInPerson;
import no.veiviser.shared.FormErrors;
import no.veiviser.shared.FormRefusals;
import no.veiviser.shared.InputLimits;
import no.veiviser.shared.NotFoundException;
import no.veiviser.shared.TypedText;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The veileder's own preparation and follow-up time at {@code /guidance/work-time}; hers alone. */
@Controller
class WorkTimeController {

    private static final String PAGE = "/guidance/work-time";

    private final VeilederWorkTime workTime;
    private final GuidanceSessions guidance;
    private final People people;
    private final Clock clock;

    WorkTimeController(VeilederWorkTime workTime, GuidanceSessions guidance, People people, Clock clock) {
        this.workTime = workTime;
        this.guidance = guidance;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    String year(@AuthenticationPrincipal SignedInPerson viewer, @RequestParam(required = false) Integer year,
                Model model) {
        if (year != null && (year < InputLimits.EARLIEST_YEAR || year > InputLimits.LATEST_YEAR)) {
            throw new NotFoundException("Year");
        }
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        return page(viewer, shown, Map.of(), new FormErrors(), model);
    }

    @PostMapping(PAGE)
    String record(@AuthenticationPrincipal SignedInPerson viewer, @RequestParam Map<String, String> form, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = Actor.of(viewer);
        requireVeileder(actor);
        FormErrors errors = new FormErrors();
        LocalDate day = TypedText.date(form.get("workedOn"));
        if (day == null) {
            errors.rejectDate("workedOn", form.get("workedOn"));
        }
        var hours = TypedText.number(form.get("hours"));
        if (hours == null) {
            errors.reject("hours", "workTime.hours.invalid", 8);
        }
        UUID candidateId = TypedText.uuid(form.get("candidateId"));
        if (errors.isEmpty() && FormRefusals.run(errors, () -> workTime.record(actor, candidateId, day, hours))) {
            redirect.addFlashAttribute("notice", "workTime.recorded");
            return "redirect:" + PAGE + "?year=" + day.getYear();
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(viewer, day == null ? LocalDate.now(clock).getYear() : day.getYear(), form, errors, model);
    }

    @PostMapping(PAGE + "/{entryId}/withdrawal")
    String withdraw(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID entryId,
                    @RequestParam(required = false) Integer year, RedirectAttributes redirect) {
        workTime.withdraw(Actor.of(viewer), entryId);
        redirect.addFlashAttribute("notice", "workTime.withdrawn");
        return "redirect:" + PAGE + (year == null ? "" : "?year=" + year);
    }

    private String page(SignedInPerson viewer, int year, Map<String, String> form, FormErrors errors, Model model) {
        Actor actor = Actor.of(viewer);
        Set<UUID> candidateIds = requireVeileder(actor);
        List<WorkTime> entries = workTime.of(actor, year);
        Set<UUID> ids = new HashSet<>(candidateIds);
        entries.forEach(entry -> ids.add(entry.candidateId()));
        Map<UUID, Person> persons = people.findAll(ids);
        List<Person> candidates = candidateIds.stream().map(persons::get)
                .sorted(Comparator.comparing(Person::displayName)).toList();
        Object notice = model.getAttribute("notice");
        model.addAttribute("view", new WorkTimePage(year, candidates, entries, persons, form, errors,
                notice == null ? null : notice.toString()));
        return "guidance/work-time";
    }

    /** Only a veileder with candidates today has work time to record; for anyone else the page does not exist. */
    private Set<UUID> requireVeileder(Actor actor) {
        Set<UUID> candidates = guidance.candidatesOf(actor);
        if (candidates.isEmpty()) {
            throw new NotFoundException("WorkTime");
        }
        return candidates;
    }
}
