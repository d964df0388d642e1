package no.veiviser.approval.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.veiviser.approval.CatalogTransitions;
import no.veiviser.identity.Actor;
import no.veiviser.identity.People;
import no.veiviser.identity.SignedInPerson;
import no.veiviser.programme.CandidateCatalogs;
import no.veiviser.shared.FormErrors;
import no.veiviser.shared.FormRefusals;
import no.veiviser.shared.TypedText;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A candidate's goal catalogs for her department head and approver: which version she is assessed
 * against, assigning a catalog she lacks, and (the approver) moving her to a new version goal by goal.
 */
@Controller
class CandidateCatalogsController {

    private final CandidateCatalogs candidateCatalogs;
    private final CatalogTransitions transitions;
    private final People people;

    CandidateCatalogsController(CandidateCatalogs candidateCatalogs, CatalogTransitions transitions,
                                People people) {
        this.candidateCatalogs = candidateCatalogs;
        this.transitions = transitions;
        this.people = people;
    }

    @GetMapping("/candidates/{id}/catalogs")
    String catalogs(@AuthenticationPrincipal SignedInPerson person, @PathVariable UUID id, Model model) {
        Actor viewer = Actor.of(person);
        model.addAttribute("overview", candidateCatalogs.of(viewer, id));
        model.addAttribute("name", nameOf(id));
        return "approval/candidate-catalogs";
    }

    @PostMapping("/candidates/{id}/catalogs")
    String assign(@AuthenticationPrincipal SignedInPerson person, @PathVariable UUID id,
                  @RequestParam(required = false) String version, RedirectAttributes redirect) {
        if (FormRefusals.run(redirect, () -> candidateCatalogs.assign(Actor.of(person), id, TypedText.uuid(version)))) {
            redirect.addFlashAttribute("notice", "catalogs.assign.done");
        }
        return "redirect:/candidates/" + id + "/catalogs";
    }

    @GetMapping("/candidates/{id}/catalogs/transition")
    String plan(@AuthenticationPrincipal SignedInPerson person, @PathVariable UUID id,
                @RequestParam(required = false) String to, Model model) {
        return page(model, id, transitions.plan(Actor.of(person), id, TypedText.uuid(to)), List.of(), new FormErrors());
    }

    @PostMapping("/candidates/{id}/catalogs/transition")
    String move(@AuthenticationPrincipal SignedInPerson person, @PathVariable UUID id,
                @RequestParam(required = false) String to, HttpServletRequest request, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        Actor approver = Actor.of(person);
        CatalogTransitions.Plan plan = transitions.plan(approver, id, TypedText.uuid(to));
        List<CatalogTransitions.GoalDecision> decisions = decisions(plan, request);
        FormErrors errors = new FormErrors();
        transitions.problems(plan, decisions).forEach(problem -> errors.reject(problem.field(), problem.key(),
                problem.arguments()));
        if (errors.isEmpty() && FormRefusals.run(errors, () -> transitions.move(approver, id,
                plan.to() == null ? null : plan.to().id(), decisions))) {
            redirect.addFlashAttribute("notice", "catalogs.transition.done");
            return "redirect:/candidates/" + id + "/catalogs";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, id, plan, decisions, errors);
    }

    private String page(Model model, UUID id, CatalogTransitions.Plan plan, List<CatalogTransitions.GoalDecision> typed,
                        FormErrors errors) {
        model.addAttribute("plan", plan);
        model.addAttribute("name", nameOf(id));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return "approval/catalog-transition";
    }

    /** The form's decisions: per goal of the new version, "achieved-CODE", "basis-CODE" (several) and "reason-CODE". */
    private static List<CatalogTransitions.GoalDecision> decisions(CatalogTransitions.Plan plan, HttpServletRequest request) {
        List<CatalogTransitions.GoalDecision> decisions = new ArrayList<>();
        for (CatalogTransitions.NewGoal goal : plan.goals()) {
            String code = goal.goal().code();
            String[] basis = request.getParameterValues("basis-" + code);
            decisions.add(new CatalogTransitions.GoalDecision(code, "yes".equals(request.getParameter("achieved-" + code)),
                    basis == null ? List.of() : List.of(basis), request.getParameter("reason-" + code)));
        }
        return decisions;
    }

    private String nameOf(UUID candidateId) {
        return people.find(candidateId).map(found -> found.displayName()).orElse("");
    }
}
