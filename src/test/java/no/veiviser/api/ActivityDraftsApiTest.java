package no.veiviser.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the pages let a candidate do with her undecided activities, the API does with the same rules:
 * change a draft or a rejected activity, take back what she sent, throw away a draft, and send
 * several activities to one signer at once (all or none).
 */
@IntegrationTest
class ActivityDraftsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    JdbcClient jdbc;

    @Test
    void sheChangesSendsTakesBackAndDeletesThroughTheApi() {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        ApiCaller candidate = new ApiCaller(port, alis.username(), FreshCandidates.PASSWORD);
        ApiCaller jon = new ApiCaller(port, "jon.bakke", "demo");
        String jonId = fresh.person("jon.bakke").toString();
        String id = candidate.post("/api/v1/activities", activity("Konsultasjon")).json().get("id").asString();

        ApiCaller.Answer edited = candidate.send("PUT", "/api/v1/activities/" + id, activity("Felleskonsultasjon"));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("description").asString()).isEqualTo("Felleskonsultasjon");

        String request = candidate.post("/api/v1/activities/" + id + "/signature-requests",
                "{\"signerId\":\"" + jonId + "\"}").json().get("id").asString();
        assertThat(candidate.send("PUT", "/api/v1/activities/" + id, activity("Endret etter sending")).status())
                .as("a sent activity is not changed").isEqualTo(400);
        assertThat(candidate.post("/api/v1/activities/" + id + "/withdrawal", null).status()).isEqualTo(204);
        assertThat(jon.post("/api/v1/signature-requests/" + request + "/signature", "{}").status())
                .as("the withdrawn request cannot be signed").isEqualTo(409);

        String reject = candidate.post("/api/v1/activities/" + id + "/signature-requests",
                "{\"signerId\":\"" + jonId + "\"}").json().get("id").asString();
        assertThat(jon.post("/api/v1/signature-requests/" + reject + "/rejection", "{\"comment\":\"Mangler refleksjon\"}")
                .status()).isEqualTo(204);
        ApiCaller.Answer fixed = candidate.send("PUT", "/api/v1/activities/" + id, activity("Felleskonsultasjon med refleksjon"));
        assertThat(fixed.json().get("status").asString()).as("a changed rejected activity is a draft again").isEqualTo("DRAFT");

        assertThat(candidate.send("DELETE", "/api/v1/activities/" + id, null).status()).isEqualTo(204);
        assertThat(candidate.get("/api/v1/activities/" + id).status()).isEqualTo(404);
        assertThat(jdbc.sql("select status from learning_activity where id = ?").param(UUID.fromString(id))
                .query(String.class).single()).as("kept, not deleted").isEqualTo("DISCARDED");
    }

    @Test
    void severalActivitiesGoToOneSignerAllOrNone() {
        FreshCandidates.FreshCandidate alis = fresh.alis();
        ApiCaller candidate = new ApiCaller(port, alis.username(), FreshCandidates.PASSWORD);
        String jonId = fresh.person("jon.bakke").toString();
        String first = candidate.post("/api/v1/activities", activity("Kurs del 1")).json().get("id").asString();
        String second = candidate.post("/api/v1/activities", activity("Kurs del 2")).json().get("id").asString();
        String strangers = fresh.alis().id().toString();

        ApiCaller.Answer refused = candidate.post("/api/v1/activities/signature-requests",
                "{\"activityIds\":[\"" + first + "\",\"" + UUID.randomUUID() + "\"],\"signerId\":\"" + jonId + "\"}");
        assertThat(refused.status()).isEqualTo(404);
        assertThat(statusOf(first)).as("all or none").isEqualTo("DRAFT");
        assertThat(candidate.post("/api/v1/activities/signature-requests",
                "{\"activityIds\":[\"" + first + "\"],\"signerId\":\"" + strangers + "\"}").status()).isEqualTo(400);

        ApiCaller.Answer sent = candidate.post("/api/v1/activities/signature-requests",
                "{\"activityIds\":[\"" + first + "\",\"" + second + "\"],\"signerId\":\"" + jonId + "\"}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.json().size()).isEqualTo(2);
        assertThat(statusOf(first)).isEqualTo("SENT");
        assertThat(statusOf(second)).isEqualTo("SENT");
    }

    private String statusOf(String id) {
        return jdbc.sql("select status from learning_activity where id = ?").param(UUID.fromString(id))
                .query(String.class).single();
    }

    private static String activity(String description) {
        return """
                {"type":"JOINT_CONSULTATION","description":"%s","performedOn":"2026-10-05","goalCodes":["ALM-042"]}
                """.formatted(description);
    }
}
