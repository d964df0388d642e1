package no.veiviser.identity.internal;

import java.util.List;
import java.util.Set;
import no.veiviser.identity.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

final class Authorities {

    private Authorities() {
    }

    static List<GrantedAuthority> of(Set<Role> roles) {
        return roles.stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }
}
