package no.veiviser.organisation.web;

import no.veiviser.identity.Actor;
import no.veiviser.shared.TypedText;
import no.veiviser.shared.FormRefusals;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import no.veiviser.catalog.GoalCatalogs;
import no.veiviser.catalog.LearningGoal;
import no.veiviser.identity.SignedInPerson;
import no.veiviser.organisation.ArenaOverview;
import no.veiviser.organisation.ConsortiumMember;
import no.veiviser.organisation.SpecialtyRegistration;
import no.veiviser.organisation.LearningArena;
import no.veiviser.organisation.LearningArenas;
import no.veiviser.organisation.Organisations;
import no.veiviser.organisation.ReadinessSettings;
import no.veiviser.shared.Specialty;
import no.veiviser.shared.NotFoundException;
import no.veiviser.shared.FormErrors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's view of the education organisation: its arenas, each arena's details, sites
 * and goals. Every change goes through {@link LearningArenas}, which checks that the arena belongs to
 * the administrator's organisation and records the change in the audit log.
 */
@Controller
@RequestMapping("/admin/organisation")
class OrganisationAdminController {

    private final Organisations organisations;
    private final LearningArenas arenas;
    private final GoalCatalogs catalogs;

    OrganisationAdminController(Organisations organisations, LearningArenas arenas, GoalCatalogs catalogs) {
        this.organisations = organisations;
        this.arenas = arenas;
        this.catalogs = catalogs;
    }

    @GetMapping
    String organisation(@AuthenticationPrincipal SignedInPerson admin, Model model) {
        return organisationPage(admin, model, Forms.fresh());
    }

    @PostMapping("/registrations")
    String register(@AuthenticationPrincipal SignedInPerson admin, @ModelAttribute OrganisationPage.RegistrationForm form,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        Specialty specialty = java.util.Arrays.stream(Specialty.values())
                .filter(candidate -> candidate.name().equals(form.specialty())).findFirst().orElse(null);
        if (specialty == null) {
            errors.reject("specialty", "organisation.registration.specialtyRequired");
        }
        LocalDate from = TypedText.date(form.registeredFrom());
        if (from == null) {
            errors.rejectDate("registeredFrom", form.registeredFrom());
        }
        if (errors.isEmpty() && FormRefusals.run(errors, () -> organisations.register(admin.organisationId(),
                new SpecialtyRegistration(specialty, from), "true".equals(form.confirm()), actor(admin)))) {
            redirect.addFlashAttribute("notice", "organisation.registration.saved");
            return "redirect:/admin/organisation";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return organisationPage(admin, model, Forms.fresh().withRegistration(form, errors));
    }

    @PostMapping("/members")
    String addMember(@AuthenticationPrincipal SignedInPerson admin, @ModelAttribute OrganisationPage.MemberForm form,
                     Model model, HttpServletResponse response, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors().requireText("municipality", form.municipality())
                .maxLength("municipality", form.municipality(), ArenaForm.MAX_NAME);
        if (errors.isEmpty() && FormRefusals.run(errors, () -> organisations.addMember(admin.organisationId(),
                new ConsortiumMember(form.municipality().trim(), "yes".equals(form.administering())), actor(admin)))) {
            redirect.addFlashAttribute("notice", "organisation.member.added");
            return "redirect:/admin/organisation";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return organisationPage(admin, model, Forms.fresh().withMember(form, errors));
    }

    @PostMapping("/approval-settings")
    String approvalSettings(@AuthenticationPrincipal SignedInPerson admin,
                            @RequestParam(defaultValue = "false") boolean veilederJustificationRequired,
                            RedirectAttributes redirect) {
        organisations.requireVeilederJustification(admin.organisationId(), veilederJustificationRequired, actor(admin));
        redirect.addFlashAttribute("notice", "organisation.approval.saved");
        return "redirect:/admin/organisation";
    }

    /**
     * The two readings where the sources disagree. The form offers only valid choices, so another
     * value is a crafted request: 400, and nothing is changed.
     */
    @PostMapping("/readiness-settings")
    String readinessSettings(@AuthenticationPrincipal SignedInPerson admin,
                             @RequestParam(defaultValue = "") String otherServiceCapMonths,
                             @RequestParam(defaultValue = "") String institutionServiceRequired,
                             HttpServletResponse response, RedirectAttributes redirect) throws java.io.IOException {
        if (!Set.of("", "21", "39").contains(otherServiceCapMonths)
                || !Set.of("", "true", "false").contains(institutionServiceRequired)) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return null;
        }
        organisations.setReadinessSettings(admin.organisationId(), new ReadinessSettings(
                institutionServiceRequired.isEmpty() ? null : Boolean.valueOf(institutionServiceRequired),
                otherServiceCapMonths.isEmpty() ? null : new java.math.BigDecimal(otherServiceCapMonths)), actor(admin));
        redirect.addFlashAttribute("notice", "organisation.readiness.saved");
        return "redirect:/admin/organisation";
    }

    @PostMapping("/arenas")
    String addArena(@AuthenticationPrincipal SignedInPerson admin, @ModelAttribute ArenaForm form, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        FormErrors errors = form.validate();
        var arena = errors.isEmpty()
                ? FormRefusals.attempt(errors, () -> arenas.add(admin.organisationId(), form.details(), actor(admin)))
                : java.util.Optional.<LearningArena>empty();
        if (arena.isPresent()) {
            redirect.addFlashAttribute("notice", "arena.added");
            return "redirect:/admin/organisation/arenas/" + arena.get().id();
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return organisationPage(admin, model, Forms.fresh().withArena(form, errors));
    }

    @GetMapping("/arenas/{id}")
    String arena(@AuthenticationPrincipal SignedInPerson admin, @PathVariable UUID id, Model model) {
        ArenaOverview arena = arenas.arena(admin.organisationId(), id);
        return arenaPage(model, arena, ArenaForm.of(arena), new FormErrors(), GoalLinkForm.empty(), new FormErrors());
    }

    @PostMapping("/arenas/{id}")
    String changeArena(@AuthenticationPrincipal SignedInPerson admin, @PathVariable UUID id,
                       @ModelAttribute ArenaForm form, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        ArenaOverview arena = arenas.arena(admin.organisationId(), id);
        FormErrors errors = form.validate();
        if (errors.isEmpty()) {
            try {
                if (FormRefusals.run(errors, () -> arenas.change(admin.organisationId(), id, form.details(),
                        form.version() == null ? -1 : form.version(), actor(admin)))) {
                    redirect.addFlashAttribute("notice", "arena.saved");
                    return "redirect:/admin/organisation/arenas/" + id;
                }
            } catch (OptimisticLockingFailureException e) {
                errors.reject("name", "arena.conflict");
            }
        }
        response.setStatus(errors.has("name") && errors.of("name").key().equals("arena.conflict")
                ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
        return arenaPage(model, arena, form, errors, GoalLinkForm.empty(), new FormErrors());
    }

    @PostMapping("/arenas/{id}/goals")
    String linkGoal(@AuthenticationPrincipal SignedInPerson admin, @PathVariable UUID id,
                    @ModelAttribute GoalLinkForm form, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        ArenaOverview arena = arenas.arena(admin.organisationId(), id);
        FormErrors errors = form.validate();
        if (errors.isEmpty() && FormRefusals.run(errors, () -> arenas.offerGoal(admin.organisationId(), id,
                form.goalCode(), form.activityInArena(), form.otherActivities(), actor(admin)))) {
            redirect.addFlashAttribute("notice", "arena.goal.added");
            return "redirect:/admin/organisation/arenas/" + id + "#goals";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return arenaPage(model, arena, ArenaForm.of(arena), new FormErrors(), form, errors);
    }

    @PostMapping("/arenas/{id}/goals/{goalId}/remove")
    String unlinkGoal(@AuthenticationPrincipal SignedInPerson admin, @PathVariable UUID id, @PathVariable UUID goalId,
                      RedirectAttributes redirect) {
        arenas.arena(admin.organisationId(), id);
        arenas.withdrawGoal(admin.organisationId(), goalId, actor(admin));
        redirect.addFlashAttribute("notice", "arena.goal.removed");
        return "redirect:/admin/organisation/arenas/" + id + "#goals";
    }

    @PostMapping("/arenas/{id}/sites")
    String addSite(@AuthenticationPrincipal SignedInPerson admin, @PathVariable UUID id,
                   @RequestParam(required = false) String siteName, RedirectAttributes redirect) {
        if (siteName == null || siteName.isBlank() || siteName.length() > ArenaForm.MAX_NAME) {
            redirect.addFlashAttribute("notice", "arena.site.invalid");
        } else {
            arenas.addSite(admin.organisationId(), id, siteName.trim(), actor(admin));
            redirect.addFlashAttribute("notice", "arena.site.added");
        }
        return "redirect:/admin/organisation/arenas/" + id;
    }

    @PostMapping("/arenas/{id}/archive")
    String archive(@AuthenticationPrincipal SignedInPerson admin, @PathVariable UUID id,
                   @RequestParam(required = false) String confirm, RedirectAttributes redirect) {
        if (!"yes".equals(confirm)) {
            redirect.addFlashAttribute("notice", "arena.archive.confirmFirst");
            return "redirect:/admin/organisation/arenas/" + id + "#archive";
        }
        arenas.archive(admin.organisationId(), id, actor(admin));
        redirect.addFlashAttribute("notice", "arena.archived");
        return "redirect:/admin/organisation";
    }

    /** The three forms of the organisation page, each with what was typed and its errors. */
    private record Forms(ArenaForm arena, FormErrors arenaErrors, OrganisationPage.RegistrationForm registration,
                         FormErrors registrationErrors, OrganisationPage.MemberForm member, FormErrors memberErrors) {

        static Forms fresh() {
            return new Forms(ArenaForm.empty(), new FormErrors(), new OrganisationPage.RegistrationForm("", "", null),
                    new FormErrors(), new OrganisationPage.MemberForm("", null), new FormErrors());
        }

        Forms withArena(ArenaForm form, FormErrors errors) {
            return new Forms(form, errors, registration, registrationErrors, member, memberErrors);
        }

        Forms withRegistration(OrganisationPage.RegistrationForm form, FormErrors errors) {
            return new Forms(arena, arenaErrors, form, errors, member, memberErrors);
        }

        Forms withMember(OrganisationPage.MemberForm form, FormErrors errors) {
            return new Forms(arena, arenaErrors, registration, registrationErrors, form, errors);
        }
    }

    private String organisationPage(SignedInPerson admin, Model model, Forms forms) {
        var organisation = organisations.find(admin.organisationId()).orElseThrow(() -> new NotFoundException("Organisation"));
        model.addAttribute("view", new OrganisationPage(organisation, organisations.registrations(organisation.id()),
                organisations.members(organisation.id()), arenas.overview(organisation.id()), forms.arena(),
                forms.arenaErrors(), forms.registration(), forms.registrationErrors(), forms.member(),
                forms.memberErrors(), (String) model.getAttribute("notice"),
                organisations.requiresVeilederJustification(organisation.id()),
                organisations.readinessSettings(organisation.id())));
        return "organisation/organisation";
    }

    private String arenaPage(Model model, ArenaOverview arena, ArenaForm form, FormErrors formErrors,
                             GoalLinkForm goalForm, FormErrors goalErrors) {
        model.addAttribute("view", new ArenaPage(arena, form, formErrors, goalForm, goalErrors,
                catalogs.latestGoals().stream().map(LearningGoal::code).toList(), (String) model.getAttribute("notice")));
        return "organisation/arena";
    }

    private static Actor actor(SignedInPerson admin) {
        return Actor.of(admin);
    }
}
