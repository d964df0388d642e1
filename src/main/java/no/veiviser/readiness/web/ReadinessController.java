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
    String own(@AuthenticationPrincipal SignedInPerson viewer, Model model) {
        return page(viewer, viewer.personId(), true, model);
    }

    @GetMapping("/candidates/{id}/readiness")
    String candidate(@AuthenticationPrincipal SignedInPerson viewer, @PathVariable UUID id, Model model) {
        return page(viewer, id, viewer.personId().equals(id), model);
    }

    private String page(SignedInPerson viewer, UUID candidateId, boolean own, Model model) {
        StoredReadiness stored = readiness.of(Actor.of(viewer), candidateId);
        model.addAttribute("view", new ReadinessPage(stored,
                Timeline.of(stored.input(), stored.result().earliestCompletion()), own));
        return "readiness/readiness";
    }
}
