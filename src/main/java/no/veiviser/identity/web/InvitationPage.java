package no.veiviser.identity.web;

import no.veiviser.identity.Invitations;
import no.veiviser.shared.FormErrors;

/**
 * What the invitation page shows: for whom, the form as typed and its errors; no invitation when the
 * link is used up or expired.
 */
public record InvitationPage(String token, Invitations.OpenInvitation invitation, boolean localAccounts,
                             boolean helseId, String username, FormErrors errors) {
}
