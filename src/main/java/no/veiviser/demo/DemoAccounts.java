package no.veiviser.demo;

import java.util.List;
import no.veiviser.identity.LocalAccountSummary;
import no.veiviser.identity.People;
import no.veiviser.organisation.Organisations;

/** The demo logins, for the login page. Exists only in demo mode. */
public class DemoAccounts {

    private final Organisations organisations;
    private final People people;

    DemoAccounts(Organisations organisations, People people) {
        this.organisations = organisations;
        this.people = people;
    }

    public String password() {
        return DemoCast.PASSWORD;
    }

    public List<LocalAccountSummary> list() {
        return organisations.findByName(DemoMunicipality.NAME)
                .map(drammen -> people.localAccounts(drammen.id()))
                .orElse(List.of());
    }
}
