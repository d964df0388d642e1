package no.veiviser.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import no.veiviser.identity.SignedInPerson;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * A bearer token whose subject is a known person (a HelseID JWT, or a personal API token): the
 * principal is that person, the name her id, the authorities her roles and any the token adds.
 */
class PersonAuthenticationToken extends AbstractAuthenticationToken {

    private final SignedInPerson person;
    private final Object token;

    PersonAuthenticationToken(SignedInPerson person, Object token) {
        this(person, token, List.of());
    }

    PersonAuthenticationToken(SignedInPerson person, Object token, Collection<? extends GrantedAuthority> extra) {
        super(authorities(person, extra));
        this.person = person;
        this.token = token;
        setAuthenticated(true);
    }

    private static List<GrantedAuthority> authorities(SignedInPerson person, Collection<? extends GrantedAuthority> extra) {
        List<GrantedAuthority> authorities = new ArrayList<>(Authorities.of(person.roles()));
        authorities.addAll(extra);
        return authorities;
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
