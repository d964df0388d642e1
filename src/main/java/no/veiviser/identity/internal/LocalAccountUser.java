package no.veiviser.identity.internal;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import no.veiviser.identity.Role;
import no.veiviser.identity.SignedInPerson;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A person signed in with a local account (the embedded and demo setup). */
record LocalAccountUser(UUID personId, String username, String passwordHash, boolean enabled, String displayName,
                        UUID organisationId, Set<Role> roles) implements UserDetails, SignedInPerson {

    static LocalAccountUser of(AccountRepository.SignInAccount account) {
        return new LocalAccountUser(account.personId(), account.username(), account.passwordHash(), account.enabled(),
                account.displayName(), account.organisationId(), Set.copyOf(account.roles()));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return Authorities.of(roles);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "LocalAccountUser[" + username + "]";
    }
}
