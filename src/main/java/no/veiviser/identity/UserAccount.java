package no.veiviser.identity;

import java.util.Set;

/**
 * A person of the organisation as the administrator manages her: roles there and where her access
 * stands.
 */
public record UserAccount(Person person, Set<Role> roles, Status status) {

    /** ACTIVE and DEACTIVATED: she has an account; INVITED: an invitation is open; NONE: neither. */
    public enum Status { ACTIVE, DEACTIVATED, INVITED, NONE }
}
