package no.veiviser.identity;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The person acting, however she signed in, or the system itself (a scheduled job, the demo loader).
 * Services take an {@code Actor} and ask the access policy what she may do; they never read the
 * security context themselves.
 *
 * @param personId null for the system
 * @param organisationId the organisation her roles belong to; null for the system
 */
public record Actor(UUID personId, UUID organisationId, Set<Role> roles) {

    private static final Actor SYSTEM = new Actor(null, null, Set.of());

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Actor of(SignedInPerson person) {
        return new Actor(person.personId(), person.organisationId(), person.roles());
    }

    /** Veiviser itself: jobs and loaders, trusted, and never logged as a reader of anyone's record. */
    public static Actor system() {
        return SYSTEM;
    }

    /** A person acting for herself before she has a role anywhere (accepting her invitation, say). */
    public static Actor herself(UUID personId) {
        return new Actor(personId, null, Set.of());
    }

    public boolean isSystem() {
        return personId == null;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean is(UUID person) {
        return personId != null && personId.equals(person);
    }

    /** What the {@code *_by} columns and audit events record: the person's id, or {@code system}. */
    public String id() {
        return isSystem() ? "system" : personId.toString();
    }
}
