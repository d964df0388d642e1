package no.veiviser.requirements;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** POST /api/v1/readiness/evaluate: the engine over HTTP, and bad input answered with field and index. */
@IntegrationTest
class ReadinessApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aSignedInCallerEvaluatesAWholeRecord() throws Exception {
        String input = JsonMapper.builder().build()
                .readTree(Files.readString(Path.of("src/test/resources/requirements/01-full-time-five-years.json")))
                .get("input").toString();
        evaluate(input)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleSet").value("ALIS-2019-03-01"))
                .andExpect(jsonPath("$.ready").value(false))
                .andExpect(jsonPath("$.earliestCompletion").value("2026-08-31"))
                .andExpect(jsonPath("$.requirements[?(@.id == 'service.total')].status").value("MET"))
                .andExpect(jsonPath("$.requirements[?(@.id == 'service.total')].have").value(60.00))
                .andExpect(jsonPath("$.requirements[?(@.id == 'service.total')].unit").value("MONTHS"))
                .andExpect(jsonPath("$.requirements[?(@.id == 'onCall.qualifyingShifts')].status").value("NOT_MET"))
                .andExpect(jsonPath("$.requirements.length()").value(13));
    }

    @Test
    void samLisIsJudgedByItsOwnRuleSet() throws Exception {
        evaluate("""
                {"programme":"SAMLIS","asOf":"2024-01-01","servicePeriods":[
                  {"from":"2022-01-01","to":"2023-12-31","category":"COMMUNITY_MEDICINE","positionPercent":100}]}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleSet").value("SAMLIS-2019-03-01"))
                .andExpect(jsonPath("$.requirements[*].id").value(org.hamcrest.Matchers.contains("service.total",
                        "samlis.communityMedicine", "samlis.clinical", "guidance.individual", "guidance.group.duration",
                        "guidance.group.hours", "goals.approved")))
                .andExpect(jsonPath("$.requirements[?(@.id == 'samlis.communityMedicine')].have").value(24.00));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsNamedWithItsIndex() throws Exception {
        evaluate("""
                {"programme":"ALIS","asOf":"2024-01-01","servicePeriods":[
                  {"from":"2022-01-01","to":"2022-12-31","category":"OPEN_PRACTICE","positionPercent":100},
                  {"from":"2023-05-01","to":"2023-04-30","category":"OPEN_PRACTICE","positionPercent":100}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VV-1004"))
                .andExpect(jsonPath("$.field").value("servicePeriods[1].to"))
                .andExpect(jsonPath("$.detail").value("Perioden slutter før den begynner."));
    }

    @Test
    void anUnknownCategoryIsNamedWithItsIndex() throws Exception {
        evaluate("""
                {"programme":"ALIS","asOf":"2024-01-01","servicePeriods":[
                  {"from":"2022-01-01","to":"2022-12-31","category":"HOSPITAL","positionPercent":100}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("servicePeriods[0].category"));
    }

    @Test
    void aPositionOutsideOneToHundredIsRefused() throws Exception {
        evaluate("""
                {"programme":"ALIS","asOf":"2024-01-01","servicePeriods":[
                  {"from":"2022-01-01","to":"2022-12-31","category":"OPEN_PRACTICE","positionPercent":120}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("servicePeriods[0].positionPercent"));
    }

    @Test
    void overlappingShiftsAreRefused() throws Exception {
        evaluate("""
                {"programme":"ALIS","asOf":"2024-12-31","onCallShifts":[
                  {"start":"2024-03-01T16:00","end":"2024-03-02T08:00"},
                  {"start":"2024-03-02T07:00","end":"2024-03-02T15:00"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("onCallShifts[1].start"));
    }

    @Test
    void theExplanationIsInTheRequestsLanguageWithItsKeyBeside() throws Exception {
        String input = """
                {"programme":"ALIS","asOf":"2023-12-31","servicePeriods":[
                  {"from":"2023-01-01","to":"2023-12-31","category":"OPEN_PRACTICE","positionPercent":100}]}""";
        String openPractice = "$.requirements[?(@.id == 'service.openPractice')]";
        evaluate(input)
                .andExpect(jsonPath(openPractice + ".explanation").value(org.hamcrest.Matchers.contains(
                        "Åpen uselektert praksis (før 2025 i minst 50 % stilling, fra 1. januar 2025 i alle "
                        + "stillingsstørrelser): 12 mnd.")))
                .andExpect(jsonPath(openPractice + ".explanationText.parts[0].key")
                        .value(org.hamcrest.Matchers.contains("service.openPractice.summary")));
        mvc.perform(post("/api/v1/readiness/evaluate").with(httpBasic("kari.nordby", "demo"))
                        .header("Accept-Language", "en-GB,en;q=0.9,nb;q=0.5")
                        .contentType(MediaType.APPLICATION_JSON).content(input))
                .andExpect(jsonPath(openPractice + ".explanation").value(org.hamcrest.Matchers.contains(
                        "Open unselected practice (before 2025 in a position of at least 50 %, from 1 January 2025 "
                        + "at any share): 12 months.")));
    }

    @Test
    void callersMustBeSignedIn() throws Exception {
        mvc.perform(post("/api/v1/readiness/evaluate").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"programme\":\"ALIS\",\"asOf\":\"2024-01-01\"}"))
                .andExpect(status().isUnauthorized());
    }

    private ResultActions evaluate(String json) throws Exception {
        return mvc.perform(post("/api/v1/readiness/evaluate").with(httpBasic("kari.nordby", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
