package no.veiviser.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The veileder's own preparation and follow-up time: recorded by her for a candidate she was veileder
 * for that day, summed per month with the compensation capped at 1.5 hours, never guidance for the
 * candidate, withdrawn but never changed.
 */
@IntegrationTest
class VeilederWorkTimeTest {

    private static final String PAGE = "/guidance/work-time";

    @Autowired
    MockMvc mvc;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    JdbcClient jdbc;

    private FreshCandidates.FreshCandidate alis;
    private MockHttpSession kari;

    @BeforeEach
    void aFreshAlisWithKariAsVeileder() throws Exception {
        alis = fresh.alis();
        kari = signIn("kari.nordby", "demo");
    }

    /**
     * By hand: 1 hour on 3 and 1 hour on 20 November, 0.75 on 5 October. Recorded 2.75 hours;
     * compensated 1.5 (November, capped) + 0.75 (October) = 2.25; November is above the cap.
     */
    @Test
    void theVeilederRecordsHerTimeAndSeesWhatIsCompensated() throws Exception {
        record("2026-11-03", "1").andExpect(status().is3xxRedirection());
        record("2026-11-20", "1,0").andExpect(status().is3xxRedirection());
        record("2026-10-05", "0.75").andExpect(status().is3xxRedirection());

        String page = page(kari, PAGE + "?year=2026");
        assertThat(page).contains("2,75 timer", "2,25 timer", "november 2026");
        assertThat(page).doesNotContain("oktober 2026</td>");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'workTime.recorded' and details ->> 'candidateId' = ?")
                .param(alis.id().toString()).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void itNeverCountsAsGuidanceForTheCandidate() throws Exception {
        record("2026-11-03", "1.5").andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/v1/candidates/{id}/readiness", alis.id()).header("X-Requested-With", "test")
                        .with(httpBasic(alis.username(), FreshCandidates.PASSWORD)))
                .andExpect(jsonPath("$.requirements[?(@.id == 'guidance.individual')].have").value(0.0));
        MockHttpSession candidate = signIn(alis.username(), FreshCandidates.PASSWORD);
        assertThat(page(candidate, "/guidance")).doesNotContain("1,5 timer");
        assertThat(statusOf(candidate, PAGE)).as("the page is the veileder's").isEqualTo(404);
    }

    @Test
    void badInputIsRefusedWithAReasonAndNothingIsStored() throws Exception {
        assertThat(body(record("2026-11-03", "9").andExpect(status().isUnprocessableContent())))
                .contains("Skriv timer som et tall større enn 0 og høyst 8");
        assertThat(body(record("2026-08-31", "1").andExpect(status().isUnprocessableContent())))
                .contains("Du var ikke veileder for kandidaten denne dagen.");
        assertThat(body(record("2099-01-01", "1").andExpect(status().isUnprocessableContent())))
                .contains("Datoen kan ikke være frem i tid.");
        mvc.perform(post(PAGE).session(signIn("anders.lie", "demo")).with(csrf()).param("candidateId", alis.id().toString())
                .param("workedOn", "2026-11-03").param("hours", "1")).andExpect(status().isNotFound());
        assertThat(stored()).isZero();
    }

    @Test
    void anEntryIsWithdrawnOnceByHerAndNeverChanged() throws Exception {
        record("2026-11-03", "1").andExpect(status().is3xxRedirection());
        UUID entry = jdbc.sql("select id from veileder_work_time where candidate_id = ?").param(alis.id())
                .query(UUID.class).single();

        mvc.perform(post(PAGE + "/{id}/withdrawal", entry).session(signIn("anders.lie", "demo")).with(csrf()))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> jdbc.sql("update veileder_work_time set hours = 2 where id = ?").param(entry).update())
                .hasMessageContaining("never changed");
        mvc.perform(post(PAGE + "/{id}/withdrawal", entry).session(kari).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(PAGE).session(kari)).andExpect(status().isOk());
        mvc.perform(post(PAGE + "/{id}/withdrawal", entry).session(kari).with(csrf())).andExpect(status().isNotFound());

        assertThat(page(kari, PAGE + "?year=2026")).doesNotContain(entry.toString());
        assertThat(jdbc.sql("select withdrawn_at is not null from veileder_work_time where id = ?").param(entry)
                .query(Boolean.class).single()).isTrue();
    }

    private org.springframework.test.web.servlet.ResultActions record(String day, String hours) throws Exception {
        return mvc.perform(post(PAGE).session(kari).with(csrf()).param("candidateId", alis.id().toString())
                .param("workedOn", day).param("hours", hours));
    }

    private long stored() {
        return jdbc.sql("select count(*) from veileder_work_time where candidate_id = ?").param(alis.id())
                .query(Long.class).single();
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private int statusOf(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getStatus();
    }

    private static String body(org.springframework.test.web.servlet.ResultActions actions) throws Exception {
        MvcResult result = actions.andReturn();
        return result.getResponse().getContentAsString();
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user(username)
                .password(password)).andReturn().getRequest().getSession(false);
    }
}
