package no.veiviser.readiness.web;

import no.veiviser.identity.Actor;
import java.util.UUID;
import no.veiviser.identity.SignedInPerson;
import no.veiviser.readiness.CandidateReadiness;
import no.veiviser.readiness.StoredReadiness;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where a candidate stands against the regulation: the candidate's own page at {@code /progress}, and
 * {@code /candidates/{id}/readiness} for her veileder, approver, deputy and department head.
 */
@Controller
class ReadinessController {

    private final CandidateReadiness readiness;

    ReadinessController(CandidateReadiness readiness) {
        this.readiness = readiness;
    }

    @GetMapping("/progress")
    String own(@AuthenticationPrincipal SignedInPerson viewer, @RequestParam(required = false) String trace,
               Model model) {
        return page(viewer, viewer.personId(), true, trace, model);
    }

    @GetMapping("/candidates/{id}/readiness")
    String candidate(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID id,
                     @RequestParam(required = false) String trace, Model model) {
        return page(viewer, id, viewer.personId().equals(id), trace, model);
    }

    private String page(SignedInPerson viewer, UUID candidateId, boolean own, String trace, Model model) {
        StoredReadiness stored = readiness.of(Actor.of(viewer), candidateId);
        model.addAttribute("view", new ReadinessPage(stored,
                Timeline.of(stored.input(), stored.result().earliestCompletion()), own, trace));
        return "readiness/readiness";
    }
}
