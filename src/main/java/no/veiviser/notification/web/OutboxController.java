package no.veiviser.notification.web;

import java.net.URI;
import no.veiviser.identity.SignedInPerson;
import no.veiviser.notification.Notifications;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator reads the notices to her organisation's people (the demo shows every notice here). */
@Controller
class OutboxController {

    static final int PAGE_SIZE = 100;

    private final Notifications notifications;
    private final URI baseUrl;

    OutboxController(Notifications notifications, @Value("${veiviser.base-url:http://localhost:8080}") URI baseUrl) {
        this.notifications = notifications;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/admin/outbox")
    String outbox(@AuthenticationPrincipal SignedInPerson admin, Model model) {
        model.addAttribute("messages", notifications.outboxOf(admin.organisationId(), PAGE_SIZE));
        model.addAttribute("baseUrl", baseUrl);
        return "notification/outbox";
    }
}
