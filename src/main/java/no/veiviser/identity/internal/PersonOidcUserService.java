package no.veiviser.identity.internal;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Lets in only HelseID users whose subject belongs to an enabled Veiviser account. */
class PersonOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String UNKNOWN_PERSON = "unknown_person";

    private final OidcUserService oidc = new OidcUserService();
    private final AccountRepository accounts;
    private final String subjectClaim;

    PersonOidcUserService(AccountRepository accounts, String subjectClaim) {
        this.accounts = accounts;
        this.subjectClaim = subjectClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = oidc.loadUser(request);
        String subject = user.getClaimAsString(subjectClaim);
        return accounts.findByExternalSubject(subject == null ? "" : subject)
                .filter(AccountRepository.SignInAccount::enabled)
                .map(account -> new PersonOidcUser(user, ExternalPerson.of(account)))
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(UNKNOWN_PERSON)));
    }
}
