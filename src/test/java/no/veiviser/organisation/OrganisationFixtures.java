package no.veiviser.organisation;

import no.veiviser.identity.Actor;
import java.util.UUID;
import no.veiviser.identity.NewPerson;
import no.veiviser.identity.People;
import no.veiviser.identity.Person;
import no.veiviser.identity.Profession;
import no.veiviser.identity.Role;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;

/** A fresh organisation with a signed-in administrator, so that tests leave the demo as it is. */
@Component
class OrganisationFixtures {

    record AdministeredOrganisation(EducationOrganisation organisation, MockHttpSession admin) {
    }

    private final Organisations organisations;
    private final People people;

    OrganisationFixtures(Organisations organisations, People people) {
        this.organisations = organisations;
        this.people = people;
    }

    AdministeredOrganisation create(OrganisationKind kind, MockMvc mvc) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        EducationOrganisation organisation = organisations.create("Test " + suffix, null, kind, Actor.system());
        Person person = people.register(new NewPerson("Test", "Administrator", null, Profession.OTHER, null), Actor.system());
        people.createLocalAccount(person.id(), "admin-" + suffix, "secret-" + suffix, Actor.system());
        people.grantRole(person.id(), organisation.id(), Role.ADMINISTRATOR, Actor.system());
        MockHttpSession session = (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                .user("admin-" + suffix).password("secret-" + suffix)).andReturn().getRequest().getSession(false);
        return new AdministeredOrganisation(organisation, session);
    }
}
