package no.veiviser.portfolio.web;

import no.veiviser.identity.Actor;
import no.veiviser.shared.FormRefusals;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import no.veiviser.identity.SignedInPerson;
import no.veiviser.portfolio.Portfolio;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
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
        model.addAttribute("waiting", portfolio.awaiting(Actor.of(signer)));
        return "portfolio/signing";
    }

    /**
     * Signs or rejects one request. A plain form post redirects back to the list; an htmx request
     * (inline, from the row) gets just the row's replacement, or on a mistake a redirect that shows it.
     */
    @PostMapping("/signing/{requestId}")
    String decide(@AuthenticationPrincipal SignedInPerson signer, @PathVariable UUID requestId,
                  @RequestParam String decision, @RequestParam(required = false) String comment,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        boolean rejecting = "reject".equals(decision);
        String outcome = rejecting ? "signing.rejected" : "signing.signed";
        boolean decided = FormRefusals.run(redirect, () -> {
            if (rejecting) {
                portfolio.reject(Actor.of(signer), requestId, comment);
            } else {
                portfolio.sign(Actor.of(signer), requestId, comment);
            }
        });
        if (!decided) {
            var item = htmx == null ? java.util.Optional.<no.veiviser.portfolio.AwaitingSignature>empty()
                    : portfolio.awaiting(Actor.of(signer)).stream()
                            .filter(waiting -> waiting.request().id().equals(requestId)).findFirst();
            if (item.isPresent()) {
                // The row again, with the message and what she typed; htmx swaps only successful answers.
                model.addAttribute("item", item.get());
                model.addAttribute("problem", redirect.getFlashAttributes().get(FormRefusals.FLASH));
                model.addAttribute("comment", comment == null ? "" : comment);
                return "portfolio/signing-item";
            }
            if (htmx != null) {
                response.setHeader("HX-Redirect", "/signing");
            }
            return "redirect:/signing";
        }
        if (htmx != null) {
            model.addAttribute("outcome", outcome);
            return "portfolio/signing-row";
        }
        redirect.addFlashAttribute("notice", outcome);
        return "redirect:/signing";
    }

    @PostMapping("/signing/bulk")
    String signSelected(@AuthenticationPrincipal SignedInPerson signer,
                        @RequestParam(name = "requestId", required = false) List<UUID> requestIds,
                        RedirectAttributes redirect) {
        if (requestIds == null || requestIds.isEmpty()) {
            FormRefusals.flash(redirect, "signing.noneSelected");
        } else {
            portfolio.signAll(Actor.of(signer), requestIds);
            redirect.addFlashAttribute("notice", "signing.signedMany");
            redirect.addFlashAttribute("noticeCount", requestIds.size());
        }
        return "redirect:/signing";
    }
}
