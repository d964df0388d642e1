package no.veiviser.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.veiviser.identity.Actor;
import no.veiviser.identity.Invitations;
import no.veiviser.identity.NewPerson;
import no.veiviser.identity.People;
import no.veiviser.identity.Profession;
import no.veiviser.identity.SignedInPerson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
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

    @Autowired
    People people;

    @Autowired
    Invitations invitations;

    @Autowired
    AccountRepository accounts;

    @Autowired
    ObjectProvider<Invitations> invitationProvider;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anInvitedPersonAcceptsWithHelseIdAndIsLinkedToTheSubjectSheSignsInWith() throws Exception {
        UUID invited = people.register(new NewPerson("Hanne", "Lie", "hanne." + UUID.randomUUID() + "@example.no",
                Profession.PHYSICIAN, null), Actor.system()).id();
        invitations.invite(invited, Actor.system());
        String link = invitations.issueLink(invitations.openInvitationOf(invited).orElseThrow(), Actor.system())
                .orElseThrow();

        mvc.perform(get(link)).andExpect(content().string(containsString("Godta med HelseID")));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post(link + "/helseid").session(session).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/oauth2/authorization/helseid"));
        assertThat(session.getAttribute(Invitations.PENDING_INVITATION)).isEqualTo(link.substring("/invitations/".length()));

        // HelseID comes back with her subject: the pending invitation links it to her.
        var service = new PersonOidcUserService(accounts, "sub", invitationProvider);
        String subject = "helseid-" + UUID.randomUUID();
        var request = new MockHttpServletRequest();
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            var user = (SignedInPerson) service.toPerson(oidcUser(subject));
            assertThat(user.personId()).isEqualTo(invited);
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        assertThat(session.getAttribute(Invitations.PENDING_INVITATION)).isNull();
        assertThat(((SignedInPerson) service.toPerson(oidcUser(subject))).personId()).isEqualTo(invited);
        assertThat(invitations.open(link.substring("/invitations/".length()))).isEmpty();
        assertThatThrownBy(() -> service.toPerson(oidcUser("helseid-stranger")))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    private static OidcUser oidcUser(String subject) {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        return new DefaultOidcUser(List.of(), OidcIdToken.withTokenValue("token").subject(subject).issuedAt(now)
                .expiresAt(now.plusSeconds(300)).build());
    }

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
