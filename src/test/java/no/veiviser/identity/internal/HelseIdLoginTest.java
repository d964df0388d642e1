package no.veiviser.identity.internal;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** With a client registration configured, sign-in by HelseID is offered, with PKCE. */
@SpringBootTest(properties = {
    "spring.security.oauth2.client.registration.helseid.client-id=veiviser-test",
    "spring.security.oauth2.client.registration.helseid.client-authentication-method=private_key_jwt",
    "spring.security.oauth2.client.registration.helseid.authorization-grant-type=authorization_code",
    "spring.security.oauth2.client.registration.helseid.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
    "spring.security.oauth2.client.registration.helseid.scope=openid,profile",
    "spring.security.oauth2.client.provider.helseid.authorization-uri=https://helseid.example.invalid/connect/authorize",
    "spring.security.oauth2.client.provider.helseid.token-uri=https://helseid.example.invalid/connect/token",
    "spring.security.oauth2.client.provider.helseid.jwk-set-uri=https://helseid.example.invalid/.well-known/jwks",
    "spring.security.oauth2.client.provider.helseid.user-name-attribute=sub"
})
@AutoConfigureMockMvc
class HelseIdLoginTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theLoginPageOffersHelseId() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(containsString("Logg inn med HelseID")))
                .andExpect(content().string(containsString("href=\"/oauth2/authorization/helseid\"")));
    }

    @Test
    void signInRedirectsToHelseIdWithPkce() throws Exception {
        mvc.perform(get("/oauth2/authorization/helseid"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", allOf(
                        startsWith("https://helseid.example.invalid/connect/authorize?"),
                        containsString("response_type=code"),
                        containsString("client_id=veiviser-test"),
                        containsString("code_challenge="),
                        containsString("code_challenge_method=S256"),
                        containsString("scope=openid%20profile"))));
    }
}
