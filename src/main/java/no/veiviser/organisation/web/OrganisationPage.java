package no.veiviser.organisation.web;

import java.util.List;
import no.veiviser.organisation.ArenaOverview;
import no.veiviser.organisation.ConsortiumMember;
import no.veiviser.organisation.EducationOrganisation;
import no.veiviser.organisation.OrganisationKind;
import no.veiviser.organisation.ReadinessSettings;
import no.veiviser.organisation.SpecialtyRegistration;
import no.veiviser.shared.FormErrors;

/**
 * The organisation with its registrations, consortium members and arenas, and the forms to add to
 * each. The forms keep what was typed when they are refused.
 */
public record OrganisationPage(EducationOrganisation organisation, List<SpecialtyRegistration> registrations,
                               List<ConsortiumMember> members, List<ArenaOverview> arenas, ArenaForm form,
                               FormErrors errors, RegistrationForm registrationForm, FormErrors registrationErrors,
                               MemberForm memberForm, FormErrors memberErrors, String notice,
                               boolean veilederJustificationRequired, ReadinessSettings readinessSettings) {

    public boolean isConsortium() {
        return organisation.kind() == OrganisationKind.CONSORTIUM;
    }

    /** Registration for a specialty from a date (service before it does not count). */
    /** @param confirm "true" once the administrator has seen which confirmed service a later date leaves out */
    public record RegistrationForm(String specialty, String registeredFrom, String confirm) {
    }

    /** A municipality joining the consortium. */
    public record MemberForm(String municipality, String administering) {
    }
}
