package no.veiviser.identity.internal;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import no.veiviser.identity.Invitations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Lets in only HelseID users whose subject belongs to an enabled Veiviser account. A user who came
 * from an invitation link (its token waits in her session) is linked to the invited person first.
 */
class PersonOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String UNKNOWN_PERSON = "unknown_person";

    private final OidcUserService oidc = new OidcUserService();
    private final AccountRepository accounts;
    private final String subjectClaim;
    private final ObjectProvider<Invitations> invitations;

    PersonOidcUserService(AccountRepository accounts, String subjectClaim, ObjectProvider<Invitations> invitations) {
        this.accounts = accounts;
        this.subjectClaim = subjectClaim;
        this.invitations = invitations;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        return toPerson(oidc.loadUser(request));
    }

    OidcUser toPerson(OidcUser user) {
        String subject = Optional.ofNullable(user.getClaimAsString(subjectClaim)).orElse("");
        if (accounts.findByExternalSubject(subject).isEmpty()) {
            acceptPendingInvitation(subject);
        }
        return accounts.findByExternalSubject(subject)
                .filter(AccountRepository.SignInAccount::enabled)
                .map(account -> new PersonOidcUser(user, ExternalPerson.of(account)))
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(UNKNOWN_PERSON)));
    }

    private void acceptPendingInvitation(String subject) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return;
        }
        HttpSession session = attributes.getRequest().getSession(false);
        Object token = session == null ? null : session.getAttribute(Invitations.PENDING_INVITATION);
        if (token instanceof String pending) {
            session.removeAttribute(Invitations.PENDING_INVITATION);
            try {
                invitations.getObject().acceptWithExternalSubject(pending, subject);
            } catch (RuntimeException e) {
                // A used, expired or conflicting invitation leaves her unknown, as without one.
            }
        }
    }
}
