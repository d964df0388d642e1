package no.veiviser.shell;

import no.veiviser.web.Destination;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Places in the navigation whose capability is not built yet: they say so plainly instead of
 * answering 404. Each is replaced by its real controller as it is built.
 */
@Controller
class ComingSoonController {

    @GetMapping({"/individual-plan", "/placement", "/funding"})
    String comingSoon(HttpServletRequest request, Model model) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Destination destination = Arrays.stream(Destination.values())
                .filter(candidate -> candidate.path().equals(path))
                .findFirst()
                .orElseThrow();
        model.addAttribute("destination", destination);
        return "shell/coming-soon";
    }
}
