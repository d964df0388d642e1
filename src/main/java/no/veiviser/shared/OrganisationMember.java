package no.veiviser.shared;

import java.util.UUID;

/**
 * Someone who acts for an education organisation. The audit log files each change under the
 * organisation of the person who made it, so that an administrator reads her own organisation's
 * trail only.
 */
public interface OrganisationMember {

    /** The organisation she acts for; null when she has no role in any. */
    UUID organisationId();
}
