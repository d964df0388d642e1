package no.veiviser.approval.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import no.veiviser.approval.GoalApprovals;
import no.veiviser.approval.GoalOverviews;
import no.veiviser.approval.GoalProgress;
import no.veiviser.identity.Actor;
import no.veiviser.identity.SignedInPerson;
import no.veiviser.shared.FormErrors;
import no.veiviser.shared.FormRefusals;
import no.veiviser.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The candidate's goals: status and progress per catalog, submit and recall. */
@Controller
class GoalsController {

    private final GoalOverviews overviews;
    private final GoalApprovals approvals;

    GoalsController(GoalOverviews overviews, GoalApprovals approvals) {
        this.overviews = overviews;
        this.approvals = approvals;
    }

    @GetMapping("/goals")
    String goals(@AuthenticationPrincipal SignedInPerson candidate, @RequestParam(required = false) String status,
                 Model model) {
        model.addAttribute("progress", overviews.of(candidate.personId()));
        model.addAttribute("filter", status == null ? "" : status);
        return "approval/goals";
    }

    /** The approval basis of a goal: for the candidate and the people related to her. */
    @GetMapping("/assessments/{id}")
    String basis(@AuthenticationPrincipal SignedInPerson person, @PathVariable UUID id, Model model) {
        model.addAttribute("basis", overviews.basis(Actor.of(person), id));
        return "approval/assessment";
    }

    /** One goal with the form that sends it for approval: the goals page links here, so it stays light. */
    @GetMapping("/goals/{code}/submit")
    String submission(@AuthenticationPrincipal SignedInPerson candidate, @PathVariable String code, Model model) {
        GoalProgress.Row goal = overviews.goal(candidate.personId(), code).orElseThrow(() -> new NotFoundException("Goal"));
        return submissionPage(goal, "", new FormErrors(), model);
    }

    /**
     * A refusal shows the form again with what she wrote; when the goal is not (or no longer) in her
     * catalogs, the goals page says so.
     */
    @PostMapping("/goals/{code}/submit")
    String submit(@AuthenticationPrincipal SignedInPerson candidate, @PathVariable String code,
                  @RequestParam(required = false) String justification, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        if (FormRefusals.run(errors, () -> approvals.submit(Actor.of(candidate), code, justification))) {
            redirect.addFlashAttribute("notice", "goals.submitted");
            return "redirect:/goals#" + code;
        }
        var goal = overviews.goal(candidate.personId(), code);
        if (goal.isPresent()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return submissionPage(goal.get(), justification, errors, model);
        }
        errors.all().values().forEach(refusal -> FormRefusals.flash(redirect, refusal.key(), refusal.arguments()));
        return "redirect:/goals";
    }

    private String submissionPage(GoalProgress.Row goal, String justification, FormErrors errors, Model model) {
        model.addAttribute("goal", goal);
        model.addAttribute("justification", justification == null ? "" : justification);
        model.addAttribute("errors", errors);
        return "approval/goal-submit";
    }

    @PostMapping("/goals/assessments/{id}/recall")
    String recall(@AuthenticationPrincipal SignedInPerson candidate, @PathVariable UUID id, RedirectAttributes redirect) {
        approvals.recall(Actor.of(candidate), id);
        redirect.addFlashAttribute("notice", "goals.recalled");
        return "redirect:/goals";
    }
}
