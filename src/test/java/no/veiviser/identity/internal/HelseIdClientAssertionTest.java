package no.veiviser.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationExchange;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationResponse;
import org.springframework.util.MultiValueMap;

/** HelseID authenticates the client by a JWT signed with the client's private key (private_key_jwt). */
class HelseIdClientAssertionTest {

    @Test
    void theTokenRequestCarriesAClientAssertionSignedWithTheClientKey() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("veiviser-test").keyUse(KeyUse.SIGNATURE).generate();
        var properties = new SecurityProperties.OidcProperties("sub", key.toJSONString(), "https://helseid-sts.test.nhn.no");
        var login = new HelseIdLogin(null, null, properties, null);

        MultiValueMap<String, String> parameters = login.clientAssertions().convert(grantRequest());

        assertThat(parameters.getFirst("client_assertion_type"))
                .isEqualTo("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        SignedJWT assertion = SignedJWT.parse(parameters.getFirst("client_assertion"));
        assertThat(assertion.verify(new RSASSAVerifier(key.toPublicJWK()))).isTrue();
        assertThat(assertion.getJWTClaimsSet().getIssuer()).isEqualTo("veiviser-client");
        assertThat(assertion.getJWTClaimsSet().getSubject()).isEqualTo("veiviser-client");
        assertThat(assertion.getJWTClaimsSet().getAudience()).containsExactly("https://helseid-sts.test.nhn.no");
        assertThat(assertion.getJWTClaimsSet().getJWTID()).isNotBlank();
        assertThat(assertion.getJWTClaimsSet().getExpirationTime()).isNotNull();
    }

    private static OAuth2AuthorizationCodeGrantRequest grantRequest() {
        ClientRegistration registration = ClientRegistration.withRegistrationId("helseid")
                .clientId("veiviser-client")
                .clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("https://veiviser.example/login/oauth2/code/helseid")
                .authorizationUri("https://helseid-sts.test.nhn.no/connect/authorize")
                .tokenUri("https://helseid-sts.test.nhn.no/connect/token")
                .scope("openid")
                .build();
        OAuth2AuthorizationRequest request = OAuth2AuthorizationRequest.authorizationCode()
                .authorizationUri(registration.getProviderDetails().getAuthorizationUri())
                .clientId(registration.getClientId())
                .redirectUri(registration.getRedirectUri())
                .state("state")
                .build();
        OAuth2AuthorizationResponse response = OAuth2AuthorizationResponse.success("code")
                .redirectUri(registration.getRedirectUri())
                .state("state")
                .build();
        return new OAuth2AuthorizationCodeGrantRequest(registration, new OAuth2AuthorizationExchange(request, response));
    }
}
