package no.veiviser.approval.web;

import java.util.UUID;
import no.veiviser.approval.GoalOverviews;
import no.veiviser.identity.Actor;
import no.veiviser.identity.SignedInPerson;
import no.veiviser.shared.Paged;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A candidate's goals and activities, read-only, for her veileder and approver (never guidance minutes). */
@Controller
class CandidatePortfolioController {

    private final GoalOverviews overviews;

    CandidatePortfolioController(GoalOverviews overviews) {
        this.overviews = overviews;
    }

    @GetMapping("/candidates/{id}/portfolio")
    String portfolio(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID id,
                     @RequestParam(required = false) String page, Model model) {
        model.addAttribute("view", overviews.portfolio(Actor.of(viewer), id, Paged.number(page)));
        return "approval/candidate-portfolio";
    }
}
