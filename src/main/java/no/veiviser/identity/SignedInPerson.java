package no.veiviser.identity;

import java.util.Set;
import java.util.UUID;

/**
 * The person behind a request, however she signed in (local account, HelseID, bearer token). Other
 * modules read the principal through this interface only.
 */
public interface SignedInPerson extends no.veiviser.shared.OrganisationMember {

    UUID personId();

    String displayName();

    /** The organisation the roles below belong to. */
    @Override
    UUID organisationId();

    Set<Role> roles();

    default boolean hasRole(Role role) {
        return roles().contains(role);
    }
}
