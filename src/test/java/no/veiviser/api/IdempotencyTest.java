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

/**
 * An Idempotency-Key's claim lives and dies with the call's own transaction: nothing of a refused or
 * failed call is kept, not even the claim, and retries racing the first call wait for its answer
 * instead of being told for a day that it is still running.
 */
@IntegrationTest
class IdempotencyTest {

    @LocalServerPort
    int port;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    JdbcClient jdbc;

    private UUID candidateId;
    private ApiCaller candidate;

    @BeforeEach
    void aFreshAlis() {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        candidateId = alis.id();
        candidate = new ApiCaller(port, alis.username(), FreshCandidates.PASSWORD);
    }

    @Test
    void aRefusedCallKeepsNothingSoItsCorrectedRetryRuns() {
        String key = UUID.randomUUID().toString();
        var refused = candidate.post("/api/v1/activities", activity("ALM-999"), key);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(claims(key)).as("no claim outlives a refused call").isZero();

        var corrected = candidate.post("/api/v1/activities", activity("ALM-042"), key);
        assertThat(corrected.status()).isEqualTo(201);
        assertThat(activities()).isEqualTo(1);
    }

    @Test
    void retriesRacingTheFirstCallGetItsAnswerAndItIsWrittenOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = activity("ALM-042");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiCaller.Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return candidate.post("/api/v1/activities", body, key);
            }));
        }
        start.countDown();
        List<ApiCaller.Answer> done = new ArrayList<>();
        for (Future<ApiCaller.Answer> answer : answers) {
            done.add(answer.get());
        }
        pool.shutdown();

        assertThat(done).extracting(ApiCaller.Answer::status).containsOnly(201);
        assertThat(done).extracting(ApiCaller.Answer::body).containsOnly(done.get(0).body());
        assertThat(done).filteredOn(answer -> "true".equals(answer.header("Idempotency-Replayed"))).hasSize(5);
        assertThat(activities()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from idempotency_key where status is null").query(Long.class).single())
                .as("no claim is left in progress").isZero();
    }

    private long claims(String key) {
        return jdbc.sql("select count(*) from idempotency_key where key = ?").param(key).query(Long.class).single();
    }

    private long activities() {
        return jdbc.sql("select count(*) from learning_activity where candidate_id = ?").param(candidateId)
                .query(Long.class).single();
    }

    private static String activity(String goal) {
        return """
                {"type":"JOINT_CONSULTATION","description":"Felleskonsultasjon","performedOn":"2026-10-01","goalCodes":["%s"]}"""
                .formatted(goal);
    }
}
