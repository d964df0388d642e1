package no.veiviser.approval.web;

import no.veiviser.identity.Actor;
import no.veiviser.shared.FormRefusals;
import java.util.UUID;
import no.veiviser.approval.GoalApprovals;
import no.veiviser.approval.GoalQueues;
import no.veiviser.shared.Paged;
import no.veiviser.identity.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Goals waiting for the approver's decision, and for a veileder's or supervisor's recommendation. */
@Controller
class ApprovalsController {

    private final GoalQueues queues;
    private final GoalApprovals approvals;

    ApprovalsController(GoalQueues queues, GoalApprovals approvals) {
        this.queues = queues;
        this.approvals = approvals;
    }

    @GetMapping("/approvals")
    String awaitingDecision(@AuthenticationPrincipal SignedInPerson approver,
                            @RequestParam(required = false) String page, Model model) {
        model.addAttribute("pending", queues.awaitingDecision(Actor.of(approver), Paged.number(page), GoalQueues.PAGE_SIZE));
        return "approval/approvals";
    }

    @PostMapping("/approvals/{id}")
    String decide(@AuthenticationPrincipal SignedInPerson approver, @PathVariable UUID id, @RequestParam String decision,
                  @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        boolean returning = "return".equals(decision);
        if (FormRefusals.run(redirect, () -> {
            if (returning) {
                approvals.returnToCandidate(Actor.of(approver), id, comment);
            } else {
                approvals.approve(Actor.of(approver), id, comment);
            }
        })) {
            redirect.addFlashAttribute("notice", returning ? "approvals.returned" : "approvals.approved");
        }
        return "redirect:/approvals";
    }

    @GetMapping("/recommendations")
    String awaitingRecommendation(@AuthenticationPrincipal SignedInPerson person,
                                  @RequestParam(required = false) String page, Model model) {
        model.addAttribute("pending", queues.awaitingRecommendation(Actor.of(person), Paged.number(page),
                GoalQueues.PAGE_SIZE));
        return "approval/recommendations";
    }

    @PostMapping("/recommendations/{id}")
    String recommend(@AuthenticationPrincipal SignedInPerson person, @PathVariable UUID id,
                     @RequestParam(required = false) String comment,
                     @RequestParam(defaultValue = "recommend") String decision, RedirectAttributes redirect) {
        boolean notYet = "notYet".equals(decision);
        if (FormRefusals.run(redirect, () -> {
            if (notYet) {
                approvals.notYet(Actor.of(person), id, comment);
            } else {
                approvals.recommend(Actor.of(person), id, comment);
            }
        })) {
            redirect.addFlashAttribute("notice", notYet ? "recommendations.notYetGiven" : "recommendations.given");
        }
        return "redirect:/recommendations";
    }
}
