package no.veiviser.organisation;

/** A municipality in a consortium; one of them administers it. */
public record ConsortiumMember(String municipality, boolean administering) {
}
