package no.veiviser.identity.internal;

import java.util.Set;
import java.util.UUID;
import no.veiviser.identity.Role;
import no.veiviser.identity.SignedInPerson;

/** A person signed in through HelseID or a bearer token, found by the token's subject. */
record ExternalPerson(UUID personId, String displayName, UUID organisationId, Set<Role> roles)
        implements SignedInPerson {

    static ExternalPerson of(AccountRepository.SignInAccount account) {
        return new ExternalPerson(account.personId(), account.displayName(), account.organisationId(),
                Set.copyOf(account.roles()));
    }
}
