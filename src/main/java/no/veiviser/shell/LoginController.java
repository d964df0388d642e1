package no.veiviser.shell;

import java.util.List;
import no.veiviser.demo.DemoAccounts;
import no.veiviser.identity.SignInOptions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page. The demo logins are listed only in demo mode. */
@Controller
class LoginController {

    private final ObjectProvider<DemoAccounts> demoAccounts;
    private final SignInOptions options;

    LoginController(ObjectProvider<DemoAccounts> demoAccounts, SignInOptions options) {
        this.demoAccounts = demoAccounts;
        this.options = options;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String throttled,
                 @RequestParam(required = false) String logout, @RequestParam(required = false) String unknown,
                 @RequestParam(required = false) String welcome, Model model) {
        String messageKey = null;
        if (error != null) {
            messageKey = "login.failed";
        } else if (throttled != null) {
            messageKey = "login.throttled";
        } else if (unknown != null) {
            messageKey = "login.unknownPerson";
        } else if (logout != null) {
            messageKey = "login.signedOut";
        } else if (welcome != null) {
            messageKey = "login.welcome";
        }
        DemoAccounts demo = demoAccounts.getIfAvailable();
        model.addAttribute("login", new LoginView(messageKey, logout == null && welcome == null && messageKey != null, options,
                demo == null ? List.of() : demo.list(), demo == null ? null : demo.password()));
        return "shell/login";
    }
}
