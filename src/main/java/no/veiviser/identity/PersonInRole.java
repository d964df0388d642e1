package no.veiviser.identity;

/** A person and one role she holds in an organisation. */
public record PersonInRole(Person person, Role role) {
}
