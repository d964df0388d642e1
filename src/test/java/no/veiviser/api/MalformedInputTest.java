package no.veiviser.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Input an attack run sent that once answered 500: each answers 400 naming the field, and nothing is
 * stored. Control characters and over-long text, numbers beyond any sense, years beyond the
 * calendar, a goal that does not exist and a person that does not exist.
 */
@IntegrationTest
class MalformedInputTest {

    @LocalServerPort
    int port;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    private FreshCandidates.FreshCandidate alis;
    private ApiCaller candidate;
    private ApiCaller head;

    @BeforeEach
    void aCandidateAndHerDepartmentHead() {
        alis = fresh.alis();
        candidate = new ApiCaller(port, alis.username(), FreshCandidates.PASSWORD);
        head = new ApiCaller(port, fresh.departmentHeadOf(alis), FreshCandidates.PASSWORD);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "description | {\"type\":\"OTHER\",\"description\":\"nul\\u0000here\",\"performedOn\":\"2026-11-02\",\"goalCodes\":[\"ALM-001\"]}",
            "description | {\"type\":\"OTHER\",\"description\":\"bell\\u0007\",\"performedOn\":\"2026-11-02\",\"goalCodes\":[\"ALM-001\"]}",
            "goalCodes[0] | {\"type\":\"OTHER\",\"description\":\"x\",\"performedOn\":\"2026-11-02\",\"goalCodes\":[\"ALM\\u0000\"]}",
            "hours | {\"type\":\"COURSE\",\"description\":\"x\",\"performedOn\":\"2026-11-02\",\"hours\":1e308,\"goalCodes\":[\"ALM-001\"]}",
            "hours | {\"type\":\"COURSE\",\"description\":\"x\",\"performedOn\":\"2026-11-02\",\"hours\":123456.7,\"goalCodes\":[\"ALM-001\"]}",
            "hours | {\"type\":\"COURSE\",\"description\":\"x\",\"performedOn\":\"2026-11-02\",\"hours\":0.00001,\"goalCodes\":[\"ALM-001\"]}",
            "performedOn | {\"type\":\"OTHER\",\"description\":\"x\",\"performedOn\":\"+999999999-01-01\",\"goalCodes\":[\"ALM-001\"]}",
            "performedOn | {\"type\":\"OTHER\",\"description\":\"x\",\"performedOn\":\"-999999999-01-01\",\"goalCodes\":[\"ALM-001\"]}",
            "goalCodes | {\"type\":\"OTHER\",\"description\":\"x\",\"performedOn\":\"2026-11-02\",\"goalCodes\":[\"NOPE-404\"]}",
    })
    void anActivityThatCannotBeStoredIsRefusedNamingTheField(String field, String body) {
        ApiCaller.Answer answer = candidate.post("/api/v1/activities", body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().path("field").asString()).isEqualTo(field);
        assertThat(activities()).isZero();
    }

    @Test
    void overLongTextIsRefused() {
        String novel = "a".repeat(20_001);
        ApiCaller.Answer answer = candidate.post("/api/v1/activities", """
                {"type":"OTHER","description":"%s","performedOn":"2026-11-02","goalCodes":["ALM-001"]}""".formatted(novel));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("field").asString()).isEqualTo("description");
        assertThat(answer.json().path("detail").asString()).containsPattern("20\\D?000");
        assertThat(activities()).isZero();
    }

    @Test
    void aNameOfTwoHundredThousandCharactersIsRefused() {
        ApiCaller.Answer answer = head.post("/api/v1/candidates/" + alis.id() + "/supervisors", """
                {"givenName":"%s","familyName":"Lang","profession":"PHYSICIAN","validFrom":"2026-11-02"}"""
                .formatted("N".repeat(200_000)));
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().path("field").asString()).isEqualTo("givenName");
        answer = head.post("/api/v1/candidates/" + alis.id() + "/supervisors", """
                {"givenName":"%s","familyName":"Lang","email":"lang@example.no","profession":"PHYSICIAN",
                 "validFrom":"2026-11-02"}""".formatted("N".repeat(201)));
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().path("field").asString()).isEqualTo("givenName");
        assertThat(jdbc.sql("select count(*) from person where family_name = 'Lang'").query(Long.class).single()).isZero();
    }

    @Test
    void aPersonWhoDoesNotExistIsNotFoundOrRefused() {
        ApiCaller.Answer answer = head.post("/api/v1/candidates/" + alis.id() + "/relationships", """
                {"personId":"%s","kind":"SUPERVISOR","validFrom":"2026-11-02"}""".formatted(UUID.randomUUID()));
        assertThat(answer.status()).as(answer.body()).isIn(400, 404);
        answer = head.post("/api/v1/candidates/" + UUID.randomUUID() + "/supervisors", """
                {"givenName":"Ny","familyName":"Person","profession":"PHYSICIAN","validFrom":"2026-11-02"}""");
        assertThat(answer.status()).as(answer.body()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "from | {\"from\":\"+999999999-01-01\",\"to\":\"+999999999-02-01\",\"category\":\"OPEN_PRACTICE\",\"positionPercent\":100}",
            "positionPercent | {\"from\":\"2026-09-01\",\"to\":\"2026-10-01\",\"category\":\"OPEN_PRACTICE\",\"positionPercent\":1e308}",
            "employer | {\"from\":\"2026-09-01\",\"to\":\"2026-10-01\",\"category\":\"OPEN_PRACTICE\",\"positionPercent\":100,\"employer\":\"\\u0000\"}",
    })
    void aServicePeriodThatCannotBeStoredIsRefused(String field, String body) {
        ApiCaller.Answer answer = candidate.post("/api/v1/candidates/" + alis.id() + "/service-periods", body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().path("field").asString()).isEqualTo(field);
    }

    @Test
    void aFileNameWithAControlCharacterIsRefused() {
        String activity = candidate.post("/api/v1/activities", """
                {"type":"OTHER","description":"Med vedlegg","performedOn":"2026-11-02","goalCodes":["ALM-001"]}""")
                .json().path("id").asString();
        byte[] png = no.veiviser.TestFiles.png();
        ApiCaller.Answer answer = candidate.upload("/api/v1/activities/" + activity + "/attachments",
                "bevis\u0000.png", "image/png", png);
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().path("field").asString()).isEqualTo("file");
        assertThat(jdbc.sql("select count(*) from attachment where candidate_id = ?").param(alis.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aBodyOverOneMegabyteOrOfUnknownLengthIsRefusedBeforeItIsRead() throws Exception {
        String huge = """
                {"type":"OTHER","description":"x","performedOn":"2026-11-02","goalCodes":["ALM-001"],"place":"%s"}"""
                .formatted("p".repeat(1_100_000));
        ApiCaller.Answer answer = candidate.post("/api/v1/activities", huge);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().path("code").asString()).isEqualTo("VV-1013");

        var chunked = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/activities"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (alis.username() + ":" + FreshCandidates.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .build();
        var response = java.net.http.HttpClient.newHttpClient().send(chunked,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(411);
        assertThat(activities()).isZero();
    }

    @Test
    void aFormFieldWithAControlCharacterGetsTheInvalidRequestPage() throws Exception {
        var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/login")
                                .user(alis.username()).password(FreshCandidates.PASSWORD))
                .andReturn().getRequest().getSession(false);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/activities")
                        .session(session)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("type", "OTHER").param("performedOn", "2026-11-02").param("goalCodes", "ALM-001")
                        .param("description", "nul\u0000her"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isBadRequest());
        assertThat(activities()).isZero();
    }

    private long activities() {
        return jdbc.sql("select count(*) from learning_activity where candidate_id = ?").param(alis.id())
                .query(Long.class).single();
    }
}
