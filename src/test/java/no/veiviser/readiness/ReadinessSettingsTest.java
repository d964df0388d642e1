package no.veiviser.readiness;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The organisation's readings where the sources disagree (docs/rules) reach its candidates' readiness:
 * with institution service as a recommendation, a candidate without it is not held back, and the page
 * says which readings applied.
 */
@IntegrationTest
class ReadinessSettingsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FreshCandidates fresh;

    @Test
    void theAdministratorsReadingsApplyToHerCandidates() throws Exception {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        String readiness = "/api/v1/candidates/" + alis.id() + "/readiness";
        mvc.perform(get(readiness).with(httpBasic(alis.username(), FreshCandidates.PASSWORD)))
                .andExpect(jsonPath("$.requirements[?(@.id == 'service.institution')].status").value("NOT_MET"));

        MockHttpSession admin = signIn(fresh.administratorOf(alis));
        mvc.perform(post("/admin/organisation/readiness-settings").session(admin).with(csrf())
                        .param("otherServiceCapMonths", "39").param("institutionServiceRequired", "false"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/organisation").session(admin))
                .andExpect(content().string(Matchers.containsString("<option value=\"39\" selected>")))
                .andExpect(content().string(Matchers.containsString("<option value=\"false\" selected>")));

        mvc.perform(get(readiness).with(httpBasic(alis.username(), FreshCandidates.PASSWORD)))
                .andExpect(jsonPath("$.requirements[?(@.id == 'service.institution')].status").value("MET"))
                .andExpect(jsonPath("$.requirements[?(@.id == 'service.institution')].explanation")
                        .value(Matchers.contains(Matchers.containsString("en anbefaling, ikke et krav"))));
        mvc.perform(get("/progress").session(signIn(alis.username())))
                .andExpect(content().string(Matchers.containsString(
                        "seks måneders institusjonstjeneste er en anbefaling; institusjonstjeneste, annen spesialitet og "
                        + "forskning teller til sammen høyst 39 måneder.")));
    }

    @Test
    void anUnknownReadingChangesNothing() throws Exception {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        MockHttpSession admin = signIn(fresh.administratorOf(alis));
        mvc.perform(post("/admin/organisation/readiness-settings").session(admin).with(csrf())
                        .param("otherServiceCapMonths", "7").param("institutionServiceRequired", "false"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/progress").session(signIn(alis.username())))
                .andExpect(content().string(Matchers.containsString(
                        "seks måneders institusjonstjeneste er et krav; institusjonstjeneste, annen spesialitet og "
                        + "forskning teller til sammen høyst 21 måneder.")));
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                .user(username).password(FreshCandidates.PASSWORD)).andReturn().getRequest().getSession(false);
    }
}
