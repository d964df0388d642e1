package no.veiviser.programme.web;

import no.veiviser.identity.Actor;
import no.veiviser.shared.FormRefusals;
import jakarta.servlet.http.HttpServletResponse;
import no.veiviser.identity.Role;
import no.veiviser.identity.SignedInPerson;
import no.veiviser.organisation.LearningArenas;
import no.veiviser.programme.Admissions;
import no.veiviser.programme.CandidatePage;
import no.veiviser.shared.Paged;
import no.veiviser.programme.Caseloads;
import no.veiviser.shared.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My candidates": the candidates the signed-in person is related to, or all of her organisation's
 * for a department head, who also enrols new ones here.
 */
@Controller
class CandidatesController {

    private final Caseloads caseloads;
    private final Admissions admissions;
    private final LearningArenas arenas;

    CandidatesController(Caseloads caseloads, Admissions admissions, LearningArenas arenas) {
        this.caseloads = caseloads;
        this.admissions = admissions;
        this.arenas = arenas;
    }

    @GetMapping("/candidates")
    String candidates(@AuthenticationPrincipal SignedInPerson person, @RequestParam(required = false) String name,
                      @RequestParam(required = false) String page, Model model) {
        return page(person, name, page, AdmissionForm.empty(), new FormErrors(), model);
    }

    @PostMapping("/candidates")
    String admit(@AuthenticationPrincipal SignedInPerson head, @ModelAttribute AdmissionForm form, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        FormErrors errors = form.validate();
        if (errors.isEmpty() && FormRefusals.run(errors,
                () -> admissions.admit(Actor.of(head), form.candidate()))) {
            redirect.addFlashAttribute("notice", "admission.done");
            return "redirect:/candidates";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(head, null, null, form, errors, model);
    }

    private String page(SignedInPerson person, String name, String page, AdmissionForm form, FormErrors errors,
                        Model model) {
        String filter = name == null || name.isBlank() ? null : name.strip();
        CandidatePage candidates = caseloads.page(Actor.of(person), filter, Paged.number(page));
        model.addAttribute("candidates", candidates.rows());
        model.addAttribute("paging", candidates);
        boolean canAdmit = person.hasRole(Role.DEPARTMENT_HEAD) && person.organisationId() != null;
        model.addAttribute("canAdmit", canAdmit);
        model.addAttribute("arenas", canAdmit ? arenas.active(person.organisationId()) : java.util.List.of());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "programme/candidates";
    }
}
