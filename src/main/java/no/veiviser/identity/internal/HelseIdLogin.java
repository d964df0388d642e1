package no.veiviser.identity.internal;

import com.nimbusds.jose.jwk.JWK;
import java.text.ParseException;
import java.util.List;
import no.veiviser.identity.Invitations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.endpoint.NimbusJwtClientAuthenticationParametersConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.util.StringUtils;

/**
 * OIDC sign-in as HelseID wants it: authorization code flow with PKCE (S256) and the client
 * authenticating at the token endpoint with a signed JWT ({@code private_key_jwt}). Active only when a
 * client registration is configured (see docs/configuration.md).
 */
class HelseIdLogin {

    static final String AUTHORIZATION_BASE_URI = "/oauth2/authorization";

    private final ClientRegistrationRepository registrations;
    private final AccountRepository accounts;
    private final SecurityProperties.OidcProperties properties;
    private final ObjectProvider<Invitations> invitations;

    HelseIdLogin(ClientRegistrationRepository registrations, AccountRepository accounts,
                 SecurityProperties.OidcProperties properties, ObjectProvider<Invitations> invitations) {
        this.registrations = registrations;
        this.accounts = accounts;
        this.properties = properties;
        this.invitations = invitations;
    }

    /** Where sign-in with the (first) configured registration starts. */
    String loginPath() {
        if (registrations instanceof Iterable<?> all && all.iterator().hasNext()
                && all.iterator().next() instanceof ClientRegistration registration) {
            return AUTHORIZATION_BASE_URI + "/" + registration.getRegistrationId();
        }
        return AUTHORIZATION_BASE_URI + "/helseid";
    }

    void configure(HttpSecurity http) throws Exception {
        var authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(registrations, AUTHORIZATION_BASE_URI);
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.oauth2Login(login -> login
                .loginPage("/login")
                .failureUrl("/login?unknown")
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
                .tokenEndpoint(endpoint -> endpoint.accessTokenResponseClient(tokenResponseClient()))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(
                        new PersonOidcUserService(accounts, properties.subjectClaim(), invitations))));
    }

    RestClientAuthorizationCodeTokenResponseClient tokenResponseClient() {
        var client = new RestClientAuthorizationCodeTokenResponseClient();
        if (StringUtils.hasText(properties.clientJwk())) {
            client.addParametersConverter(clientAssertions());
        }
        return client;
    }

    /** Signs the client assertion for {@code private_key_jwt} with the configured key. */
    NimbusJwtClientAuthenticationParametersConverter<OAuth2AuthorizationCodeGrantRequest> clientAssertions() {
        JWK key = parse(properties.clientJwk());
        var assertions = new NimbusJwtClientAuthenticationParametersConverter<OAuth2AuthorizationCodeGrantRequest>(
                registration -> key);
        if (StringUtils.hasText(properties.assertionAudience())) {
            assertions.setJwtClientAssertionCustomizer(context ->
                    context.getClaims().audience(List.of(properties.assertionAudience())));
        }
        return assertions;
    }

    private static JWK parse(String jwk) {
        try {
            return JWK.parse(jwk);
        } catch (ParseException e) {
            throw new IllegalStateException("veiviser.security.oidc.client-jwk is not a valid JWK", e);
        }
    }
}
