package no.veiviser.shell;

import no.veiviser.web.Destination;
import java.util.Arrays;
import java.util.List;
import no.veiviser.identity.Role;
import no.veiviser.identity.SignedInPerson;
import no.veiviser.organisation.EducationOrganisation;
import no.veiviser.organisation.Organisations;
import no.veiviser.programme.Enrolment;
import no.veiviser.programme.Enrolments;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page, written for the roles of the person who signed in. */
@Controller
class HomeController {

    private final Organisations organisations;
    private final Enrolments enrolments;

    HomeController(Organisations organisations, Enrolments enrolments) {
        this.organisations = organisations;
        this.enrolments = enrolments;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedInPerson person, Model model) {
        String organisationName = person.organisationId() == null ? ""
                : organisations.find(person.organisationId()).map(EducationOrganisation::name).orElse("");
        List<HomeView.RoleSection> sections = Arrays.stream(Role.values())
                .filter(person::hasRole)
                .map(role -> new HomeView.RoleSection(role, destinationsFor(role)))
                .toList();
        List<Enrolment> candidateEnrolments = person.hasRole(Role.CANDIDATE) ? enrolments.of(person.personId()) : List.of();
        model.addAttribute("home", new HomeView(organisationName, sections, candidateEnrolments));
        return "shell/home";
    }

    private static List<Destination> destinationsFor(Role role) {
        return Arrays.stream(Destination.values())
                .filter(destination -> destination != Destination.HOME && destination.isFor(role))
                .toList();
    }
}
