package no.veiviser.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-in, failed sign-in and sign-out are in the audit trail of the person's organisation; API calls are not sign-ins. */
@IntegrationTest
class SignInAuditTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    JdbcClient jdbc;

    @Test
    void signingInFailingAndSigningOutAreAudited() throws Exception {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user(alis.username()).password("feil passord"));
        MockHttpSession session = (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                .user(alis.username()).password(FreshCandidates.PASSWORD)).andReturn().getRequest().getSession(false);
        mvc.perform(get("/api/v1/me").with(httpBasic(alis.username(), FreshCandidates.PASSWORD)));
        mvc.perform(post("/logout").session(session).with(csrf()));

        assertThat(actions(alis.username())).containsExactly("account.signInFailed", "account.signedIn",
                "account.signedOut");
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where subject_id = ? and action = 'account.signedIn'
                           and actor = ? and organisation_id = ?""")
                .params(alis.username(), alis.id().toString(), alis.organisationId()).query(Long.class).single())
                .as("her sign-in, in her organisation's trail").isEqualTo(1);
        assertThat(jdbc.sql("select details::text from audit_event where subject_id = ? and action = 'account.signInFailed'")
                .param(alis.username()).query(String.class).single()).doesNotContain("feil passord");
    }

    private List<String> actions(String username) {
        return jdbc.sql("select action from audit_event where subject_type = 'account' and subject_id = ? order by id")
                .param(username).query(String.class).list();
    }
}
