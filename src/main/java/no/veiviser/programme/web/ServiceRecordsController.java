package no.veiviser.programme.web;

import no.veiviser.identity.Actor;
import no.veiviser.shared.FormRefusals;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.veiviser.identity.People;
import no.veiviser.identity.SignedInPerson;
import no.veiviser.organisation.LearningArenas;
import no.veiviser.programme.CandidateService;
import no.veiviser.programme.NewServiceRecord;
import no.veiviser.programme.ServiceRecord;
import no.veiviser.programme.ServiceRecordKind;
import no.veiviser.programme.ServiceRecords;
import no.veiviser.shared.ConflictException;
import no.veiviser.shared.FormErrors;
import no.veiviser.shared.TypedText;
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
 * Service periods, absences and on-call shifts: the candidate reports and withdraws them at
 * {@code /service}; the department head confirms or rejects them at {@code /candidates/{id}/service};
 * her veileder, approver and deputy read them there.
 */
@Controller
class ServiceRecordsController {

    private final ServiceRecords serviceRecords;
    private final People people;
    private final LearningArenas arenas;
    private final java.time.Clock clock;

    ServiceRecordsController(ServiceRecords serviceRecords, People people, LearningArenas arenas, java.time.Clock clock) {
        this.serviceRecords = serviceRecords;
        this.people = people;
        this.arenas = arenas;
        this.clock = clock;
    }

    @GetMapping("/service")
    String own(@AuthenticationPrincipal SignedInPerson viewer, @RequestParam(required = false) String shiftYear,
               Model model) {
        return page(viewer, viewer.personId(), null, new FormErrors(), shiftYear, model);
    }

    @GetMapping("/candidates/{id}/service")
    String candidate(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID id,
                     @RequestParam(required = false) String shiftYear, Model model) {
        return page(viewer, id, null, new FormErrors(), shiftYear, model);
    }

    @PostMapping("/service/periods")
    String reportPeriod(@AuthenticationPrincipal SignedInPerson viewer, @ModelAttribute ServiceFormInput input,
                        Model model, RedirectAttributes redirect) {
        return report(viewer, input.form(ServiceRecordKind.PERIOD), model, redirect);
    }

    @PostMapping("/service/absences")
    String reportAbsence(@AuthenticationPrincipal SignedInPerson viewer, @ModelAttribute ServiceFormInput input,
                         Model model, RedirectAttributes redirect) {
        return report(viewer, input.form(ServiceRecordKind.ABSENCE), model, redirect);
    }

    @PostMapping("/service/shifts")
    String reportShift(@AuthenticationPrincipal SignedInPerson viewer, @ModelAttribute ServiceFormInput input,
                       Model model, RedirectAttributes redirect) {
        return report(viewer, input.form(ServiceRecordKind.ON_CALL_SHIFT), model, redirect);
    }

    @PostMapping("/service/{recordId}/withdraw")
    String withdraw(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID recordId,
                    RedirectAttributes redirect) {
        decide(() -> serviceRecords.withdraw(Actor.of(viewer), recordId), "service.withdrawn", redirect);
        return "redirect:/service";
    }

    /** A confirmed period's position share changes from a date: a new period, for the department head to confirm. */
    @PostMapping("/service/{recordId}/share")
    String changeShare(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID recordId,
                       @RequestParam(required = false) String from, @RequestParam(required = false) String positionPercent,
                       RedirectAttributes redirect) {
        java.time.LocalDate day = TypedText.date(from);
        if (day == null && !TypedText.blank(from)) {
            FormErrors.Error unreadable = new FormErrors().rejectDate("from", from).of("from");
            FormRefusals.flash(redirect, unreadable.key(), unreadable.arguments());
            return "redirect:/service";
        }
        decide(() -> serviceRecords.changeShare(Actor.of(viewer), recordId, day,
                TypedText.number(positionPercent)), "service.share.reported", redirect);
        return "redirect:/service";
    }

    @PostMapping("/candidates/{id}/service/{recordId}/confirm")
    String confirm(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID id, @PathVariable UUID recordId,
                   RedirectAttributes redirect) {
        decide(() -> serviceRecords.confirm(Actor.of(viewer), recordId), "service.confirmed", redirect);
        return "redirect:/candidates/" + id + "/service";
    }

    @PostMapping("/candidates/{id}/service/{recordId}/reject")
    String reject(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID id, @PathVariable UUID recordId,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        decide(() -> serviceRecords.reject(Actor.of(viewer), recordId, reason), "service.rejected", redirect);
        return "redirect:/candidates/" + id + "/service";
    }

    private String report(SignedInPerson viewer, ServiceForm form, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        NewServiceRecord record = form.record(errors);
        if (errors.isEmpty() && FormRefusals.run(errors, field -> ServiceForm.id(form.kind(), field),
                () -> serviceRecords.report(Actor.of(viewer), record))) {
            redirect.addFlashAttribute("notice", "service.reported");
            return record.kind() == ServiceRecordKind.ON_CALL_SHIFT
                    ? "redirect:/service?shiftYear=" + record.shiftStart().getYear() + "#shifts" : "redirect:/service";
        }
        return page(viewer, viewer.personId(), form, errors, null, model);
    }

    /** A decision; one taken by someone else first, or refused, is told, and nothing changes. */
    private static void decide(Runnable decision, String notice, RedirectAttributes redirect) {
        try {
            if (FormRefusals.run(redirect, decision)) {
                redirect.addFlashAttribute("notice", notice);
            }
        } catch (ConflictException e) {
            FormRefusals.flash(redirect, "service.alreadyDecided");
        }
    }

    private String page(SignedInPerson viewer, UUID candidateId, ServiceForm submitted, FormErrors errors,
                        String shiftYear, Model model) {
        CandidateService service = serviceRecords.of(Actor.of(viewer), candidateId);
        Map<ServiceRecordKind, ServiceForm> forms = new EnumMap<>(ServiceRecordKind.class);
        for (ServiceRecordKind kind : ServiceRecordKind.values()) {
            forms.put(kind, submitted != null && submitted.kind() == kind ? submitted
                    : ServiceForm.empty(kind, service.enrolment()));
        }
        var persons = people.findAll(Set.copyOf(service.records().stream().map(ServiceRecord::decidedBy)
                .filter(java.util.Objects::nonNull).toList()));
        Map<UUID, String> names = new java.util.HashMap<>();
        persons.forEach((id, person) -> names.put(id, person.displayName()));
        model.addAttribute("view", new ServicePage(people.findAll(Set.of(candidateId)).get(candidateId), service,
                arenas.active(service.enrolment().organisationId()),
                forms, errors, names, java.time.LocalDate.now(clock), TypedText.year(shiftYear)));
        return "programme/service";
    }
}
