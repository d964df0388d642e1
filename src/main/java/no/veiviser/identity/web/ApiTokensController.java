package no.veiviser.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import no.veiviser.identity.Actor;
import no.veiviser.identity.ApiTokenScope;
import no.veiviser.identity.ApiTokens;
import no.veiviser.shared.FormErrors;
import no.veiviser.shared.FormRefusals;
import no.veiviser.shared.TypedText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Her personal API tokens: the list (never the tokens), a form to make one, shown once in the answer
 * to that form (not in a redirect or the session), and revoking.
 */
@Controller
class ApiTokensController {

    private static final String PATH = "/account/api-tokens";

    private final ApiTokens tokens;

    ApiTokensController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping(PATH)
    String list(Actor me, Model model) {
        return page(me, model, new FormErrors(), null, null);
    }

    @PostMapping(PATH)
    String issue(Actor me, @RequestParam(required = false) String name, @RequestParam(required = false) String scope,
                 @RequestParam(required = false) String validityDays, Model model, HttpServletResponse response) {
        FormErrors errors = new FormErrors();
        Integer days = TypedText.number(validityDays) == null ? null : TypedText.number(validityDays).intValue();
        var issued = FormRefusals.attempt(errors, () -> tokens.issue(me, name,
                TypedText.value(ApiTokenScope.values(), scope), days == null ? 0 : days));
        response.setHeader("Cache-Control", "no-store");
        return page(me, model, errors, issued.map(ApiTokens.IssuedToken::value).orElse(null), errors.isEmpty() ? null : name);
    }

    @PostMapping(PATH + "/{id}/revoke")
    String revoke(Actor me, @PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(me, id);
        redirect.addFlashAttribute("notice", "apiToken.revoked");
        return "redirect:" + PATH;
    }

    private String page(Actor me, Model model, FormErrors errors, String issued, String name) {
        model.addAttribute("tokens", tokens.of(me));
        model.addAttribute("errors", errors);
        model.addAttribute("issued", issued);
        model.addAttribute("name", name);
        return "identity/api-tokens";
    }
}
