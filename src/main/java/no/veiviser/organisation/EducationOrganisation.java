package no.veiviser.organisation;

import java.util.UUID;

/** @param organisationNumber the nine-digit number in Enhetsregisteret; null for a consortium, which is no legal entity */
public record EducationOrganisation(UUID id, String name, String organisationNumber, OrganisationKind kind) {
}
