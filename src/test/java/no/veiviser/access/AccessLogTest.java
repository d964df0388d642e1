package no.veiviser.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

/** Normen's access log: who read a person's record, shown to her and to her department head. */
@IntegrationTest
class AccessLogTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    JdbcClient jdbc;

    @Test
    void emmaSeesHerVeiledersAndHerDepartmentHeadsReadsAndNoneOfHerOwn() throws Exception {
        UUID emma = fresh.person("emma.vik");
        MockHttpSession herself = signIn("emma.vik");
        mvc.perform(get("/progress").session(herself)).andExpect(status().isOk());
        mvc.perform(get("/service").session(herself)).andExpect(status().isOk());
        mvc.perform(get("/candidates/" + emma + "/readiness").session(signIn("maria.solheim")))
                .andExpect(status().isOk());
        mvc.perform(get("/candidates/" + emma + "/service").session(signIn("eirik.strand")))
                .andExpect(status().isOk());
        mvc.perform(get("/candidates/" + emma + "/readiness").session(signIn("sofie.dahl")))
                .andExpect(status().isNotFound());

        String page = page("/access-log", herself);
        assertThat(page).contains("Hvem har sett mine opplysninger")
                .contains("Maria Solheim").contains("veileder")
                .contains("Eirik Strand").contains("avdelingsleder")
                .contains("Tjenestetid og krav")
                .doesNotContain("Sofie Dahl")
                .doesNotContain(emma.toString());
        assertThat(jdbc.sql("select count(*) from access_log where reader_id = :emma").param("emma", emma)
                .query(Integer.class).single()).as("her own reads are not logged").isZero();
        assertThat(jdbc.sql("select count(*) from access_log where subject_id = :emma and reader_id = :sofie")
                .param("emma", emma).param("sofie", fresh.person("sofie.dahl")).query(Integer.class).single())
                .as("a refused read is not a read").isZero();
    }

    @Test
    void theDepartmentHeadSeesTheReadsOfHerOrganisationsCandidatesAndNoOneElseDoes() throws Exception {
        UUID emma = fresh.person("emma.vik");
        mvc.perform(get("/candidates/" + emma + "/readiness").session(signIn("maria.solheim")))
                .andExpect(status().isOk());

        String log = page("/candidates/access-log", signIn("eirik.strand"));
        assertThat(log).contains("Tilgangslogg").contains("Emma Vik").contains("Maria Solheim");

        mvc.perform(get("/candidates/access-log").session(signIn("maria.solheim"))).andExpect(status().isNotFound());
        assertThat(page("/access-log", signIn("nora.eide"))).doesNotContain("Maria Solheim");
        FreshCandidates.FreshCandidate elsewhere = fresh.alis();
        MockHttpSession otherHead = (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                        .user(fresh.departmentHeadOf(elsewhere)).password(FreshCandidates.PASSWORD))
                .andReturn().getRequest().getSession(false);
        assertThat(page("/candidates/access-log", otherHead)).doesNotContain("Emma Vik");
    }

    @Test
    void theAccessLogCannotBeRewritten() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
                jdbc.sql("delete from access_log").update())).rootCause().hasMessageContaining("permission denied");
        var owner = org.springframework.jdbc.core.simple.JdbcClient.create(
                no.veiviser.shared.database.DatabaseAdministrator.owner());
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
                owner.sql("delete from access_log").update())).rootCause().hasMessageContaining("append-only");
    }

    private String page(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user(username)
                .password("demo")).andReturn().getRequest().getSession(false);
    }
}
