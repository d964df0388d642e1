package no.veiviser.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The daily loop through the JSON API over real HTTP, on a fresh ALIS (see {@link FreshCandidates}).
 */
@IntegrationTest
class GoalApprovalApiTest {

    @LocalServerPort
    int port;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    JdbcClient jdbc;

    private ApiCaller candidate;
    private UUID candidateId;

    @BeforeEach
    void aFreshAlisWithAnAccount() {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        candidateId = alis.id();
        candidate = new ApiCaller(port, alis.username(), FreshCandidates.PASSWORD);
    }

    @Test
    void theWholeLoopRunsThroughTheApi() throws Exception {
        var recorded = candidate.post("/api/v1/activities", jointConsultation("Felleskonsultasjon om brystsmerter"));
        assertThat(recorded.status()).isEqualTo(201);
        String activityId = recorded.json().get("id").asString();
        assertThat(recorded.header("Location")).isEqualTo("/api/v1/activities/" + activityId);

        var sent = candidate.post("/api/v1/activities/" + activityId + "/signature-requests",
                "{\"signerId\":\"" + person("jon.bakke") + "\"}");
        assertThat(sent.status()).isEqualTo(201);
        String requestId = sent.json().get("id").asString();

        ApiCaller sofie = demo("sofie.dahl");
        assertThat(sofie.get("/api/v1/signature-requests").body()).doesNotContain(requestId);
        assertThat(sofie.post("/api/v1/signature-requests/" + requestId + "/signature", "{}").status()).isEqualTo(404);

        ApiCaller jon = demo("jon.bakke");
        assertThat(jon.get("/api/v1/signature-requests").body()).contains(requestId);
        assertThat(jon.post("/api/v1/signature-requests/" + requestId + "/signature", "{\"comment\":\"Godt gjennomført\"}")
                .status()).isEqualTo(204);
        assertThat(candidate.get("/api/v1/activities/" + activityId).json().get("status").asString()).isEqualTo("SIGNED");

        var submitted = candidate.post("/api/v1/goals/ALM-042/submission", "{\"text\":\"Ti felleskonsultasjoner\"}");
        assertThat(submitted.status()).isEqualTo(201);
        String assessmentId = submitted.json().get("id").asString();

        assertThat(candidate.post("/api/v1/assessments/" + assessmentId + "/approval", "{}").status()).isEqualTo(404);

        ApiCaller tone = demo("tone.haugland");
        JsonNode waiting = find(tone.get("/api/v1/approvals").json(), assessmentId);
        assertThat(waiting.get("missing").asString()).isEqualTo("Mangler anbefaling fra veileder og fra minst én supervisør.");
        var tooEarly = tone.post("/api/v1/assessments/" + assessmentId + "/approval", "{}");
        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(tooEarly.json().get("reason").asString()).isEqualTo("approval.missing.both");
        assertThat(tooEarly.json().get("code").asString()).isEqualTo("VV-1004");

        assertThat(demo("kari.nordby").post("/api/v1/assessments/" + assessmentId + "/recommendations",
                "{\"text\":\"Anbefales\"}").status()).isEqualTo(204);
        assertThat(jon.post("/api/v1/assessments/" + assessmentId + "/recommendations", "{\"text\":\"Anbefales\"}")
                .status()).isEqualTo(204);
        assertThat(find(tone.get("/api/v1/approvals").json(), assessmentId).get("missing").isNull()).isTrue();

        List<ApiCaller.Answer> answers = simultaneously(tone, demo("eirik.strand"),
                "/api/v1/assessments/" + assessmentId + "/approval");
        assertThat(answers).extracting(ApiCaller.Answer::status).containsExactlyInAnyOrder(200, 409);
        ApiCaller.Answer conflict = answers.stream().filter(answer -> answer.status() == 409).findFirst().orElseThrow();
        assertThat(conflict.json().get("code").asString()).isEqualTo("VV-1005");
        assertThat(conflict.json().get("current").get("status").asString()).isEqualTo("APPROVED");
        assertThat(approvalsRecorded(assessmentId)).isEqualTo(1);

        JsonNode alm = candidate.get("/api/v1/goals").json().get(0);
        assertThat(alm.get("catalog").asString()).isEqualTo("ALM");
        assertThat(alm.get("approved").asLong()).isEqualTo(1);
        assertThat(alm.get("total").asInt()).isEqualTo(88);

        JsonNode basis = candidate.get("/api/v1/assessments/" + assessmentId).json();
        assertThat(basis.get("evidence").get(0).get("signedBy").asString()).isEqualTo("Jon Bakke");
        assertThat(basis.get("history")).extracting(event -> event.get("kind").asString())
                .containsExactly("SUBMITTED", "RECOMMENDED", "RECOMMENDED", "APPROVED");
        assertThat(sofie.get("/api/v1/assessments/" + assessmentId).status()).isEqualTo(404);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyWritesOnce() {
        String key = UUID.randomUUID().toString();
        String body = jointConsultation("Felleskonsultasjon, sendt to ganger");
        var first = candidate.post("/api/v1/activities", body, key);
        var retry = candidate.post("/api/v1/activities", body, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(activitiesOfCandidate()).isEqualTo(1);
    }

    @Test
    void theSameKeyForADifferentRequestIsRefusedAndChangesNothing() {
        String key = UUID.randomUUID().toString();
        candidate.post("/api/v1/activities", jointConsultation("Første"), key);
        var reused = candidate.post("/api/v1/activities", jointConsultation("Andre"), key);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("code").asString()).isEqualTo("VV-1010");
        assertThat(activitiesOfCandidate()).isEqualTo(1);
    }

    @Test
    void aKeyBelongsToItsCaller() {
        String key = UUID.randomUUID().toString();
        candidate.post("/api/v1/activities", jointConsultation("Kandidatens"), key);
        // Another caller's key with the same value is a different key: her call runs (and is refused on its merits).
        var other = demo("jon.bakke").post("/api/v1/activities", jointConsultation("Jons"), key);
        assertThat(other.status()).isEqualTo(400);
        assertThat(other.json().get("reason").asString()).isEqualTo("activity.notCandidate");
        assertThat(other.header("Idempotency-Replayed")).isNull();
    }

    @Test
    void invalidInputNamesTheFieldAndChangesNothing() {
        var unknownGoal = candidate.post("/api/v1/activities", """
                {"type":"JOINT_CONSULTATION","description":"Feil mål","performedOn":"2026-10-01","goalCodes":["ALM-999"]}""");
        assertThat(unknownGoal.status()).isEqualTo(400);
        assertThat(unknownGoal.json().get("field").asString()).isEqualTo("goalCodes");
        assertThat(unknownGoal.json().get("detail").asString()).contains("ALM-999");

        var noType = candidate.post("/api/v1/activities", """
                {"description":"Uten type","performedOn":"2026-10-01","goalCodes":["ALM-042"]}""");
        assertThat(noType.status()).isEqualTo(400);
        assertThat(noType.json().get("field").asString()).isEqualTo("type");
        assertThat(activitiesOfCandidate()).isZero();
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        JsonNode description = candidate.get("/v3/api-docs").json();
        assertThat(description.get("openapi").asString()).startsWith("3.");
        assertThat(description.get("paths").propertyNames()).contains("/api/v1/activities",
                "/api/v1/activities/{id}/signature-requests", "/api/v1/signature-requests/{id}/signature",
                "/api/v1/goals/{code}/submission", "/api/v1/assessments/{id}/approval", "/api/v1/candidates",
                "/api/v1/me");
        assertThat(description.get("paths").propertyNames()).noneMatch(path -> !path.startsWith("/api/"));
    }

    private List<ApiCaller.Answer> simultaneously(ApiCaller first, ApiCaller second, String path) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ApiCaller.Answer>> futures = new ArrayList<>();
            for (ApiCaller caller : List.of(first, second)) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return caller.post(path, "{\"text\":\"Godkjent\"}");
                }));
            }
            start.countDown();
            List<ApiCaller.Answer> answers = new ArrayList<>();
            for (Future<ApiCaller.Answer> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }

    private static JsonNode find(JsonNode pending, String assessmentId) {
        for (JsonNode goal : pending) {
            if (goal.get("assessment").get("id").asString().equals(assessmentId)) {
                return goal;
            }
        }
        throw new AssertionError("Assessment " + assessmentId + " is not in " + pending);
    }

    private static String jointConsultation(String description) {
        return """
                {"type":"JOINT_CONSULTATION","description":"%s","performedOn":"2026-10-01","goalCodes":["ALM-042"]}"""
                .formatted(description);
    }

    private long activitiesOfCandidate() {
        return jdbc.sql("select count(*) from learning_activity where candidate_id = ?").param(candidateId)
                .query(Long.class).single();
    }

    private long approvalsRecorded(String assessmentId) {
        return jdbc.sql("select count(*) from goal_assessment_event where assessment_id = ? and kind = 'APPROVED'")
                .param(UUID.fromString(assessmentId)).query(Long.class).single();
    }

    private ApiCaller demo(String username) {
        return new ApiCaller(port, username, "demo");
    }

    private UUID person(String username) {
        return fresh.person(username);
    }
}
