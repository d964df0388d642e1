package no.veiviser.shell;

import no.veiviser.web.Destination;
import java.util.List;
import no.veiviser.identity.Role;
import no.veiviser.programme.Enrolment;

/**
 * The start page: one section per role the person holds, each with the places that role goes to,
 * and the candidate's programmes.
 */
public record HomeView(String organisationName, List<RoleSection> sections, List<Enrolment> enrolments) {

    public record RoleSection(Role role, List<Destination> destinations) {
    }
}
