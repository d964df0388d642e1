package no.veiviser.programme.web;

import no.veiviser.identity.SignedInPerson;
import no.veiviser.programme.Caseloads;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "My candidates": the candidates the signed-in person is related to, or all of her organisation's for a department head. */
@Controller
class CandidatesController {

    private final Caseloads caseloads;

    CandidatesController(Caseloads caseloads) {
        this.caseloads = caseloads;
    }

    @GetMapping("/candidates")
    String candidates(@AuthenticationPrincipal SignedInPerson person, Model model) {
        model.addAttribute("candidates", caseloads.of(person));
        return "candidates";
    }
}
