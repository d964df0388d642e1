package no.veiviser.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

class LocalAccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    LocalAccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .filter(account -> account.passwordHash() != null)
                .map(LocalAccountUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("No local account"));
    }
}
