package no.veiviser.portfolio.web;

import java.util.List;
import java.util.UUID;
import no.veiviser.identity.SignedInPerson;
import no.veiviser.portfolio.Portfolio;
import no.veiviser.shared.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Waiting for my signature": the requests addressed to the signed-in veileder or supervisor, oldest first. */
@Controller
class SigningController {

    private final Portfolio portfolio;

    SigningController(Portfolio portfolio) {
        this.portfolio = portfolio;
    }

    @GetMapping("/signing")
    String waiting(@AuthenticationPrincipal SignedInPerson signer, Model model) {
        model.addAttribute("waiting", portfolio.awaiting(signer.personId()));
        return "signing";
    }

    @PostMapping("/signing/{requestId}")
    String decide(@AuthenticationPrincipal SignedInPerson signer, @PathVariable UUID requestId,
                  @RequestParam String decision, @RequestParam(required = false) String comment,
                  RedirectAttributes redirect) {
        try {
            if ("reject".equals(decision)) {
                portfolio.reject(signer.personId(), requestId, comment, signer.personId().toString());
                redirect.addFlashAttribute("notice", "signing.rejected");
            } else {
                portfolio.sign(signer.personId(), requestId, comment, signer.personId().toString());
                redirect.addFlashAttribute("notice", "signing.signed");
            }
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/signing";
    }

    @PostMapping("/signing/bulk")
    String signSelected(@AuthenticationPrincipal SignedInPerson signer,
                        @RequestParam(name = "requestId", required = false) List<UUID> requestIds,
                        RedirectAttributes redirect) {
        if (requestIds == null || requestIds.isEmpty()) {
            redirect.addFlashAttribute("problem", "signing.noneSelected");
        } else {
            portfolio.signAll(signer.personId(), requestIds, signer.personId().toString());
            redirect.addFlashAttribute("notice", "signing.signedMany");
            redirect.addFlashAttribute("noticeCount", requestIds.size());
        }
        return "redirect:/signing";
    }
}
