package no.veiviser.organisation.web;

import java.util.List;
import no.veiviser.organisation.ArenaOverview;
import no.veiviser.organisation.EducationOrganisation;
import no.veiviser.organisation.SpecialtyRegistration;
import no.veiviser.shared.FormErrors;

/** The organisation with its arenas and the form to add an arena. */
public record OrganisationPage(EducationOrganisation organisation, List<SpecialtyRegistration> registrations,
                               List<ArenaOverview> arenas, ArenaForm form, FormErrors errors, String notice) {
}
