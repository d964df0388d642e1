package no.veiviser.identity.internal;

import java.util.Set;
import java.util.UUID;
import no.veiviser.identity.Role;
import no.veiviser.identity.SignedInPerson;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A person signed in with HelseID. */
class PersonOidcUser extends DefaultOidcUser implements SignedInPerson {

    private final ExternalPerson person;

    PersonOidcUser(OidcUser user, ExternalPerson person) {
        super(Authorities.of(person.roles()), user.getIdToken(), user.getUserInfo());
        this.person = person;
    }

    @Override
    public UUID personId() {
        return person.personId();
    }

    @Override
    public String displayName() {
        return person.displayName();
    }

    @Override
    public UUID organisationId() {
        return person.organisationId();
    }

    @Override
    public Set<Role> roles() {
        return person.roles();
    }

    @Override
    public String getName() {
        return person.personId().toString();
    }
}
