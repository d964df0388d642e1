package no.veiviser.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Brukere" said it was coming. The administrator sees everyone with a role in her organisation and
 * where their access stands, closes an account (sign-in stops), opens it again, and sends a new
 * invitation to someone not registered; a person of another organisation does not exist for her.
 */
@IntegrationTest
class UserAdministrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAdministratorClosesAndReopensAnAccountAndInvitesAnew() throws Exception {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        MockHttpSession admin = signIn(fresh.administratorOf(alis), FreshCandidates.PASSWORD);
        String users = page(admin, "/admin/users");
        assertThat(row(users, "Ny Kandidat")).contains("Kandidat").contains("Aktiv");

        mvc.perform(post("/admin/users/" + alis.id() + "/deactivate").session(admin).with(csrf()));
        assertThat(page(admin, "/admin/users")).contains("Kontoen er stengt.");
        assertThat(signIn(alis.username(), FreshCandidates.PASSWORD)).as("she can no longer sign in").isNull();

        mvc.perform(post("/admin/users/" + alis.id() + "/reactivate").session(admin).with(csrf()));
        assertThat(page(admin, "/admin/users")).contains("Kontoen er åpnet igjen.");
        assertThat(signIn(alis.username(), FreshCandidates.PASSWORD)).isNotNull();

        mvc.perform(post("/admin/users/" + alis.id() + "/invitation").session(admin).with(csrf()));
        assertThat(page(admin, "/admin/users")).contains("Personen har allerede en konto og trenger ingen invitasjon.");
        assertThat(jdbc.sql("select count(*) from audit_event where subject_id = ? and action in ('account.deactivated', 'account.reactivated')")
                .param(alis.id().toString()).query(Long.class).single()).isEqualTo(2);

        UUID elsewhere = fresh.alis().id();
        assertThat(mvc.perform(post("/admin/users/" + elsewhere + "/deactivate").session(admin).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private static String row(String page, String name) {
        int at = page.indexOf(name);
        return page.substring(at, page.indexOf("</tr>", at));
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The session of a successful sign-in, or null when it was refused. */
    private MockHttpSession signIn(String username, String password) throws Exception {
        var result = mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user(username).password(password))
                .andReturn();
        return "/".equals(result.getResponse().getRedirectedUrl())
                ? (MockHttpSession) result.getRequest().getSession(false) : null;
    }
}
