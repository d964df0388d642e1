package no.veiviser.organisation;

import java.util.UUID;
import no.veiviser.shared.AuditableEvent;

/** Something that happened to an education organisation, as a past-tense fact. */
public sealed interface OrganisationEvent extends AuditableEvent
        permits OrganisationCreated, SpecialtyRegistered, ConsortiumMemberAdded, VeilederJustificationRequirementSet,
        ReadinessSettingsChosen {

    UUID organisationId();

    @Override
    default String subjectType() {
        return "organisation";
    }

    @Override
    default String subjectId() {
        return organisationId().toString();
    }
}
