package no.veiviser.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import no.veiviser.identity.Actor;
import no.veiviser.identity.NewPerson;
import no.veiviser.identity.People;
import no.veiviser.identity.Profession;
import no.veiviser.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guidance groups through the JSON API, with the page's rules: the department head keeps the group,
 * a leader records and corrects meetings, the member's hours reach those who read her service, and
 * a department head of another organisation is told the group does not exist.
 */
@IntegrationTest
class GroupsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    People people;

    /** By hand: present at the first (3 h) and third (2.5 h) meetings; the second corrected to present, 2 h: 7.5 h. */
    @Test
    void aGroupIsKeptLedAndCountedThroughTheApi() throws Exception {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        String head = fresh.departmentHeadOf(alis);
        String leaderName = "leder." + UUID.randomUUID().toString().substring(0, 8);
        UUID leader = people.register(new NewPerson("Lars", "Leder", null, Profession.PHYSICIAN, null), Actor.system()).id();
        people.createLocalAccount(leader, leaderName, FreshCandidates.PASSWORD, Actor.system());
        people.grantRole(leader, alis.organisationId(), Role.SUPERVISOR, Actor.system());

        String group = id(call(head, post("/api/v1/guidance-groups"),
                "{\"name\": \"Gruppe API\", \"organiser\": \"Legeforeningen\"}").andExpect(status().isCreated()));
        call(head, post("/api/v1/guidance-groups/" + group + "/leaders"), "{\"personId\": \"" + leader + "\"}")
                .andExpect(jsonPath("$.leaders[0]").value(leader.toString()));
        call(head, post("/api/v1/guidance-groups/" + group + "/members"),
                "{\"candidateId\": \"" + alis.id() + "\", \"from\": \"2026-09-01\"}")
                .andExpect(jsonPath("$.members[0].candidateId").value(alis.id().toString()));

        String meetings = "/api/v1/guidance-groups/" + group + "/meetings";
        call(leaderName, post(meetings), meeting("2026-09-15", "3", alis.id())).andExpect(status().isCreated());
        String absent = id(call(leaderName, post(meetings), meeting("2026-10-13", "2", null))
                .andExpect(jsonPath("$.absent[0]").value(alis.id().toString())));
        call(leaderName, post(meetings), meeting("2026-11-10", "2.5", alis.id())).andExpect(status().isCreated());
        call(leaderName, post(meetings + "/" + absent + "/correction"),
                "{\"heldOn\": \"2026-10-13\", \"hours\": 2, \"present\": [\"" + alis.id() + "\"], \"reason\": \"Feil avkrysning\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.corrects").value(absent));
        call(leaderName, post(meetings), meeting("2026-11-17", "9", alis.id()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("hours"));

        mvc.perform(get("/api/v1/candidates/{id}/guidance-groups", alis.id()).with(httpBasic("kari.nordby", "demo"))
                        .header("X-Requested-With", "test"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("Gruppe API"))
                .andExpect(jsonPath("$[0].hours").value(7.5));
        mvc.perform(get("/api/v1/guidance-groups/" + group).with(httpBasic(leaderName, FreshCandidates.PASSWORD))
                        .header("X-Requested-With", "test"))
                .andExpect(jsonPath("$.meetings.length()").value(4))
                .andExpect(jsonPath("$.meetings[?(@.id == '" + absent + "')].replaced").value(true));

        String stranger = fresh.departmentHeadOf(fresh.alis());
        mvc.perform(get("/api/v1/guidance-groups/" + group).with(httpBasic(stranger, FreshCandidates.PASSWORD))
                .header("X-Requested-With", "test")).andExpect(status().isNotFound());
        call(stranger, post("/api/v1/guidance-groups/" + group + "/members"),
                "{\"candidateId\": \"" + alis.id() + "\", \"from\": \"2026-09-01\"}").andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/candidates/{id}/guidance-groups", alis.id()).with(httpBasic(stranger, FreshCandidates.PASSWORD))
                .header("X-Requested-With", "test")).andExpect(status().isNotFound());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/guidance-groups/{groupId}/meetings/{meetingId}/correction']").exists());
    }

    private ResultActions call(String username, MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.with(httpBasic(username, FreshCandidates.PASSWORD))
                .header("X-Requested-With", "test").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String meeting(String day, String hours, UUID present) {
        return "{\"heldOn\": \"" + day + "\", \"hours\": " + hours + ", \"present\": ["
                + (present == null ? "" : "\"" + present + "\"") + "]}";
    }

    private static String id(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString()).get("id").asString();
    }
}
