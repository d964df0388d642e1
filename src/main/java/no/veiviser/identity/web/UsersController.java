package no.veiviser.identity.web;

import java.util.UUID;
import no.veiviser.identity.Actor;
import no.veiviser.identity.UserAdministration;
import no.veiviser.shared.FormRefusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Brukere": the administrator's people, whose accounts she closes and opens and whom she invites anew. */
@Controller
class UsersController {

    private static final String PATH = "/admin/users";

    private final UserAdministration users;

    UsersController(UserAdministration users) {
        this.users = users;
    }

    @GetMapping(PATH)
    String list(Actor administrator, Model model) {
        model.addAttribute("users", users.of(administrator));
        return "identity/users";
    }

    @PostMapping(PATH + "/{id}/deactivate")
    String deactivate(Actor administrator, @PathVariable UUID id, RedirectAttributes redirect) {
        return after(FormRefusals.run(redirect, () -> users.deactivate(administrator, id)), "users.deactivated", redirect);
    }

    @PostMapping(PATH + "/{id}/reactivate")
    String reactivate(Actor administrator, @PathVariable UUID id, RedirectAttributes redirect) {
        return after(FormRefusals.run(redirect, () -> users.reactivate(administrator, id)), "users.reactivated", redirect);
    }

    @PostMapping(PATH + "/{id}/invitation")
    String reinvite(Actor administrator, @PathVariable UUID id, RedirectAttributes redirect) {
        return after(FormRefusals.run(redirect, () -> users.reinvite(administrator, id)), "users.invited", redirect);
    }

    private static String after(boolean done, String notice, RedirectAttributes redirect) {
        if (done) {
            redirect.addFlashAttribute("notice", notice);
        }
        return "redirect:" + PATH;
    }
}
