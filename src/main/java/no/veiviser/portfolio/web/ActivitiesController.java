package no.veiviser.portfolio.web;

import no.veiviser.identity.Actor;
import no.veiviser.shared.FormRefusals;
import no.veiviser.shared.Refusal;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.veiviser.identity.People;
import no.veiviser.identity.Person;
import no.veiviser.identity.SignedInPerson;
import no.veiviser.portfolio.LearningActivity;
import no.veiviser.portfolio.Portfolio;
import no.veiviser.shared.Paged;
import no.veiviser.portfolio.SignatureRequest;
import no.veiviser.shared.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The candidate's own learning activities: record one, send it for signature. */
@Controller
class ActivitiesController {

    private final Portfolio portfolio;
    private final People people;

    ActivitiesController(Portfolio portfolio, People people) {
        this.portfolio = portfolio;
        this.people = people;
    }

    @GetMapping("/activities")
    String activities(@AuthenticationPrincipal SignedInPerson candidate, @RequestParam(required = false) String page,
                      Model model) {
        return page(candidate, Paged.number(page), model, ActivityForm.empty(), new FormErrors());
    }

    @PostMapping("/activities")
    String record(@AuthenticationPrincipal SignedInPerson candidate, @ModelAttribute ActivityForm form, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        FormErrors errors = form.validate();
        if (errors.isEmpty() && FormRefusals.attempt(errors,
                () -> portfolio.record(Actor.of(candidate), form.activity()))
                .isPresent()) {
            redirect.addFlashAttribute("notice", "activity.recorded");
            return "redirect:/activities";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(candidate, 1, model, form, errors);
    }

    @PostMapping("/activities/{id}/send")
    String send(@AuthenticationPrincipal SignedInPerson candidate, @PathVariable UUID id,
                @RequestParam(required = false) UUID signerId, RedirectAttributes redirect) {
        if (signerId == null) {
            FormRefusals.flash(redirect, "activity.signer.notRelated");
        } else if (FormRefusals.run(redirect, () -> portfolio.requestSignature(Actor.of(candidate), id, signerId))) {
            redirect.addFlashAttribute("notice", "activity.sent");
        }
        return "redirect:/activities";
    }

    private String page(SignedInPerson candidate, int number, Model model, ActivityForm form, FormErrors errors) {
        Paged<LearningActivity> activities = portfolio.pageOf(candidate.personId(), number, Portfolio.PAGE_SIZE);
        Map<UUID, SignatureRequest> requests = portfolio.latestRequestsOf(
                activities.rows().stream().map(LearningActivity::id).toList());
        Set<UUID> ids = new HashSet<>();
        requests.values().forEach(request -> ids.add(request.signerId()));
        Map<UUID, Person> persons = people.findAll(ids);
        String notice = (String) model.getAttribute("notice");
        if (model.getAttribute(FormRefusals.FLASH) instanceof Refusal refused) {
            errors.reject(refused.field() == null ? "signerId" : refused.field(), refused.key(), refused.arguments());
        }
        model.addAttribute("view", new ActivitiesPage(activities, requests, persons, portfolio.signersFor(candidate.personId()),
                form, errors, notice, ActivityForm.types()));
        return "portfolio/activities";
    }
}
