package no.veiviser.identity.internal;

import no.veiviser.identity.SignedInPerson;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/** A bearer token whose subject is a known person: the principal is that person. */
class PersonAuthenticationToken extends AbstractAuthenticationToken {

    private final SignedInPerson person;
    private final Jwt token;

    PersonAuthenticationToken(SignedInPerson person, Jwt token) {
        super(Authorities.of(person.roles()));
        this.person = person;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return person;
    }

    @Override
    public String getName() {
        return person.personId().toString();
    }
}
