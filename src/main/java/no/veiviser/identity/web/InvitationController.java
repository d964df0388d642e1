package no.veiviser.identity.web;

import no.veiviser.shared.FormRefusals;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Objects;
import jakarta.servlet.http.HttpSession;
import no.veiviser.identity.Invitations;
import no.veiviser.identity.SignInOptions;
import no.veiviser.shared.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page behind an invitation link: choose a username and password, then sign in. Open without sign-in. */
@Controller
class InvitationController {

    private final Invitations invitations;
    private final SignInOptions options;

    InvitationController(Invitations invitations, SignInOptions options) {
        this.invitations = invitations;
        this.options = options;
    }

    /** Accepting through HelseID: the token waits in the session until she comes back signed in. */
    @PostMapping("/invitations/{token}/helseid")
    String acceptWithHelseId(@PathVariable String token, HttpSession session, Model model, HttpServletResponse response) {
        if (!options.helseId() || invitations.open(token).isEmpty()) {
            return page(token, "", new FormErrors(), model, response);
        }
        session.setAttribute(Invitations.PENDING_INVITATION, token);
        return "redirect:" + options.helseIdPath();
    }

    @GetMapping("/invitations/{token}")
    String invitation(@PathVariable String token, Model model, HttpServletResponse response) {
        return page(token, "", new FormErrors(), model, response);
    }

    @PostMapping("/invitations/{token}")
    String accept(@PathVariable String token, @RequestParam(required = false) String username,
                  @RequestParam(required = false) String password, @RequestParam(required = false) String passwordRepeat,
                  Model model, HttpServletResponse response) {
        FormErrors errors = new FormErrors().requireText("username", username).requireText("password", password);
        if (errors.isEmpty() && !Objects.equals(password, passwordRepeat)) {
            errors.reject("passwordRepeat", "invitation.password.mismatch");
        }
        if (errors.isEmpty()
                && FormRefusals.run(errors, () -> invitations.acceptWithLocalAccount(token, username, password))) {
            return "redirect:/login?welcome";
        }
        String page = page(token, username == null ? "" : username, errors, model, response);
        if (response.getStatus() == HttpStatus.OK.value()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return page;
    }

    private String page(String token, String username, FormErrors errors, Model model, HttpServletResponse response) {
        Invitations.OpenInvitation open = invitations.open(token).orElse(null);
        if (open == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        model.addAttribute("view", new InvitationPage(token, open, invitations.acceptsLocalAccounts(), options.helseId(), username,
                errors));
        return "identity/invitation";
    }
}
