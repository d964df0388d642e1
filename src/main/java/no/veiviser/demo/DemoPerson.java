package no.veiviser.demo;

import java.util.List;
import no.veiviser.identity.Profession;
import no.veiviser.identity.Role;

/** One invented person of the demo municipality and the roles she holds there. */
record DemoPerson(String username, String givenName, String familyName, Profession profession, String title,
                  List<Role> roles) {
}
