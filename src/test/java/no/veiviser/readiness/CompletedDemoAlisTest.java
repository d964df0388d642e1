package no.veiviser.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.UUID;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo ALIS who has completed everything is ready, judged only from what Veiviser holds: confirmed
 * service, signed activities and courses, finalised guidance sessions, group attendance and approved
 * goals. The values below follow from the demo's story (docs/demo.md), independent of the day it is
 * loaded: 48 + 9 months of open practice at 100 % and 6 at Drammen helsehus; 42 Friday-evening shifts
 * of 8 hours; 25 monthly group meetings of 5 hours over 25 months, all during open practice.
 */
@IntegrationTest
class CompletedDemoAlisTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    FreshCandidates fresh;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void marteMeetsEveryRequirementAndIsReady() throws Exception {
        UUID marte = fresh.person("marte.ruud");
        JsonNode readiness = JSON.readTree(mvc.perform(get("/api/v1/candidates/{id}/readiness", marte)
                        .header("X-Requested-With", "test").with(httpBasic("marte.ruud", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        for (JsonNode requirement : readiness.get("requirements")) {
            assertThat(requirement.get("status").asString()).as(requirement.get("id").asString()).isEqualTo("MET");
        }
        assertThat(readiness.get("ready").asBoolean()).isTrue();
        assertHave(readiness, "service.total", "60");
        assertHave(readiness, "service.openPractice", "57");
        assertHave(readiness, "service.institution", "6");
        assertHave(readiness, "onCall.qualifyingShifts", "42");
        assertHave(readiness, "supervision.jointConsultations", "10");
        assertHave(readiness, "courses.basic", "4");
        assertHave(readiness, "courses.acute", "1");
        assertHave(readiness, "courses.clinicalTopics", "6");
        assertHave(readiness, "guidance.group.hours", "125");
        assertHave(readiness, "guidance.group.duration", "25");
        assertHave(readiness, "guidance.group.concurrentOpenPractice", "25");
        JsonNode goals = requirement(readiness, "goals.approved");
        assertThat(goals.get("have").decimalValue()).isEqualByComparingTo(goals.get("need").decimalValue());
    }

    @Test
    void herReadinessPageSaysSoPlainlyToHerAndToHerVeileder() throws Exception {
        UUID marte = fresh.person("marte.ruud");
        assertThat(page("marte.ruud", "/candidates/" + marte + "/readiness"))
                .contains("Alle kravene er oppfylt. Du kan søke Helsedirektoratet om spesialistgodkjenning.");
        assertThat(page("anders.lie", "/candidates/" + marte + "/readiness"))
                .contains("Alle kravene er oppfylt. Kandidaten kan søke Helsedirektoratet om spesialistgodkjenning.");
    }

    private String page(String username, String path) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login")
                .user(username).password("demo")).andReturn().getRequest().getSession(false);
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static void assertHave(JsonNode readiness, String id, String have) {
        assertThat(requirement(readiness, id).get("have").decimalValue()).as(id).isEqualByComparingTo(new BigDecimal(have));
    }

    private static JsonNode requirement(JsonNode readiness, String id) {
        for (JsonNode requirement : readiness.get("requirements")) {
            if (requirement.get("id").asString().equals(id)) {
                return requirement;
            }
        }
        throw new AssertionError("No requirement " + id);
    }
}
