package no.veiviser.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A stored candidate's service records and readiness over real HTTP: she reports, the department head
 * confirms or rejects, and GET /api/v1/candidates/{id}/readiness counts exactly what was confirmed.
 * Expected values are computed by hand with the month arithmetic (docs/rules/ALIS-SERVICE-TIME.md).
 */
@IntegrationTest
class CandidateReadinessApiTest {

    @LocalServerPort
    int port;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    JdbcClient jdbc;

    private UUID candidateId;
    private ApiCaller candidate;
    private ApiCaller head;

    @BeforeEach
    void aFreshAlisAndHerDepartmentHead() {
        // She started when her first service below began: activities before the start are refused.
        FreshCandidates.FreshCandidate alis = fresh.alisStartingOn(java.time.LocalDate.of(2021, 9, 1));
        candidateId = alis.id();
        candidate = new ApiCaller(port, alis.username(), FreshCandidates.PASSWORD);
        head = new ApiCaller(port, fresh.departmentHeadOf(alis), FreshCandidates.PASSWORD);
    }

    @Test
    void readinessCountsWhatTheMunicipalityConfirmed() {
        // 2021-09-01…2023-08-31 open practice, full time: 24 whole months.
        String open = report("service-periods", """
                {"from":"2021-09-01","to":"2023-08-31","category":"OPEN_PRACTICE","positionPercent":100,
                 "employer":"Legesenteret"}""");
        // 2023-09-01…2024-02-29 institution, full time: 6 whole months.
        String institution = report("service-periods", """
                {"from":"2023-09-01","to":"2024-02-29","category":"INSTITUTION","positionPercent":100}""");
        // Rejected below: never counts.
        String rejected = report("service-periods", """
                {"from":"2024-03-01","to":"2024-08-31","category":"OPEN_PRACTICE","positionPercent":50}""");
        // Sick leave 2022-01-01…2022-04-30: 4 whole months. § 31 deducts only what is above ten per cent of
        // the education time (30 months served: 3.00), so 1.00 month comes off the open practice.
        String sick = report("absences", """
                {"from":"2022-01-01","to":"2022-04-30","type":"SICK_LEAVE"}""");
        // Saturday 2 March 2024, 08–16: wholly outside opening hours, 8 h ≥ 6 h, qualifies.
        String saturday = report("on-call-shifts", """
                {"start":"2024-03-02T08:00","end":"2024-03-02T16:00"}""");
        // Friday 1 March 2024, 16–20: 4 h outside opening hours, does not qualify.
        String friday = report("on-call-shifts", """
                {"start":"2024-03-01T16:00","end":"2024-03-01T20:00"}""");
        // Left unconfirmed: reported, not counted, but announced.
        report("absences", """
                {"from":"2023-07-01","to":"2023-07-21","type":"HOLIDAY"}""");

        for (String id : new String[] {open, institution, sick, saturday, friday}) {
            assertThat(head.post("/api/v1/service-records/" + id + "/confirm", null).status()).isEqualTo(200);
        }
        assertThat(head.post("/api/v1/service-records/" + rejected + "/reject", "{\"reason\":\"Ikke i avtalen\"}")
                .json().get("status").asString()).isEqualTo("REJECTED");
        // She is told to look, without the reason or any other personal content in the mail.
        assertThat(jdbc.sql("select body from outbox_message where recipient_id = ?").param(candidateId)
                .query(String.class).list()).singleElement().asString()
                .contains("avvist en registrering av tjeneste").contains("/service").doesNotContain("Ikke i avtalen");

        JsonNode readiness = readiness(candidate);
        assertThat(readiness.get("ruleSet").asString()).isEqualTo("ALIS-2019-03-01");
        assertThat(readiness.get("ready").asBoolean()).isFalse();
        assertThat(readiness.get("awaitingConfirmation").asLong()).isEqualTo(1);
        // 24 − (4 − 3) = 23.00; total 23 + 6 = 29.00.
        assertRequirement(readiness, "service.openPractice", "NOT_MET", "23.00");
        assertRequirement(readiness, "service.total", "NOT_MET", "29.00");
        assertRequirement(readiness, "service.institution", "MET", "6.00");
        assertRequirement(readiness, "onCall.qualifyingShifts", "NOT_MET", "1");
        // No session held yet: nothing counts, and she is told so rather than "cannot be judged".
        assertRequirement(readiness, "guidance.individual", "NOT_MET", "0.00");
        // Going on as in the latest confirmed period (institution) never gives open practice.
        assertThat(readiness.get("earliestCompletion").isNull()).isTrue();
        assertThat(readiness.get("earliestCompletionNote").asString()).contains("institusjonstjeneste, 100 % stilling")
                .contains("tellende tjeneste i alt").doesNotContain("service.");
    }

    @Test
    void aSignedShiftActivityOverlappingARecordedShiftIsTheSameShift() {
        String saturday = report("on-call-shifts", """
                {"start":"2024-03-02T08:00","end":"2024-03-02T16:00"}""");
        head.post("/api/v1/service-records/" + saturday + "/confirm", null);
        signed("""
                {"type":"ON_CALL_SHIFT","description":"Legevakt lørdag","performedOn":"2024-03-02",
                 "shiftStart":"2024-03-02T09:00:00+01:00","shiftEnd":"2024-03-02T17:00:00+01:00","goalCodes":["ALM-042"]}""");
        // Sunday 3 March 2024, 10–17 (7 h), documented only as a signed activity: counts.
        signed("""
                {"type":"ON_CALL_SHIFT","description":"Legevakt søndag","performedOn":"2024-03-03",
                 "shiftStart":"2024-03-03T10:00:00+01:00","shiftEnd":"2024-03-03T17:00:00+01:00","goalCodes":["ALM-042"]}""");
        signed("""
                {"type":"JOINT_CONSULTATION","description":"Felleskonsultasjon","performedOn":"2024-03-04",
                 "goalCodes":["ALM-042"]}""");

        JsonNode readiness = readiness(candidate);
        assertRequirement(readiness, "onCall.qualifyingShifts", "NOT_MET", "2");
        assertRequirement(readiness, "supervision.jointConsultations", "NOT_MET", "1");
    }

    @Test
    void onlyTheCandidateThoseRelatedToHerAndHerMunicipalitySeeHerReadiness() {
        assertThat(new ApiCaller(port, "kari.nordby", "demo").get(path()).status()).isEqualTo(200);
        assertThat(new ApiCaller(port, "tone.haugland", "demo").get(path()).status()).isEqualTo(200);
        assertThat(new ApiCaller(port, "sofie.dahl", "demo").get(path()).status()).isEqualTo(404);
        assertThat(new ApiCaller(port, "jon.bakke", "demo").get(path()).status()).isEqualTo(404);
        ApiCaller otherCandidate = new ApiCaller(port, fresh.alis().username(), FreshCandidates.PASSWORD);
        assertThat(otherCandidate.get(path()).status()).isEqualTo(404);
        assertThat(otherCandidate.get("/api/v1/candidates/" + candidateId + "/service-records").status()).isEqualTo(404);
        assertThat(otherCandidate.post("/api/v1/candidates/" + candidateId + "/absences",
                "{\"from\":\"2024-01-01\",\"to\":\"2024-01-02\",\"type\":\"HOLIDAY\"}").status()).isEqualTo(404);
        assertThat(head.get(path()).status()).isEqualTo(200);
        assertThat(head.get("/api/v1/candidates/" + candidateId + "/service-records").status()).isEqualTo(200);
    }

    @Test
    void badInputIsNamedAndChangesNothing() {
        var backwards = candidate.post(base() + "/service-periods", """
                {"from":"2024-05-01","to":"2024-04-30","category":"OPEN_PRACTICE","positionPercent":100}""");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("field").asString()).isEqualTo("to");
        assertThat(backwards.json().get("detail").asString()).isEqualTo("Perioden kan ikke slutte før den begynner.");

        var share = candidate.post(base() + "/service-periods", """
                {"from":"2024-05-01","to":"2024-05-30","category":"OPEN_PRACTICE","positionPercent":120}""");
        assertThat(share.json().get("field").asString()).isEqualTo("positionPercent");

        var future = candidate.post(base() + "/on-call-shifts", """
                {"start":"2099-01-01T16:00","end":"2099-01-02T08:00"}""");
        assertThat(future.json().get("field").asString()).isEqualTo("shiftEnd");

        report("on-call-shifts", "{\"start\":\"2024-03-01T16:00\",\"end\":\"2024-03-02T08:00\"}");
        var overlapping = candidate.post(base() + "/on-call-shifts", """
                {"start":"2024-03-02T07:00","end":"2024-03-02T15:00"}""");
        assertThat(overlapping.status()).isEqualTo(400);
        assertThat(overlapping.json().get("field").asString()).isEqualTo("shiftStart");

        assertThat(candidate.get(base() + "/service-records").json().size()).isEqualTo(1);
    }

    @Test
    void aDecisionIsTakenOnceAndARejectionNeedsAReasonAndBothAreAudited() {
        String id = report("absences", "{\"from\":\"2024-01-01\",\"to\":\"2024-01-05\",\"type\":\"HOLIDAY\"}");
        var noReason = head.post("/api/v1/service-records/" + id + "/reject", "{\"reason\":\" \"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("field").asString()).isEqualTo("reason");

        assertThat(head.post("/api/v1/service-records/" + id + "/confirm", null).status()).isEqualTo(200);
        var again = head.post("/api/v1/service-records/" + id + "/reject", "{\"reason\":\"Feil\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("current").get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(candidate.post("/api/v1/service-records/" + id + "/withdraw", null).status()).isEqualTo(409);

        assertThat(jdbc.sql("""
                select action from audit_event where subject_id = ? and details->>'serviceRecordId' = ? order by id""")
                .param(candidateId.toString()).param(id).query(String.class).list())
                .containsExactly("serviceRecord.reported", "serviceRecord.confirmed");

        assertThat(candidate.post("/api/v1/service-records/" + id + "/confirm", null).status()).isEqualTo(404);
        assertThat(new ApiCaller(port, "eirik.strand", "demo").post("/api/v1/service-records/" + id + "/confirm", null)
                .status()).isEqualTo(404);
    }

    @Test
    void aWithdrawnRecordStaysButNeverCounts() {
        String id = report("service-periods", """
                {"from":"2021-09-01","to":"2023-08-31","category":"OPEN_PRACTICE","positionPercent":100}""");
        assertThat(candidate.post("/api/v1/service-records/" + id + "/withdraw", null).json().get("status").asString())
                .isEqualTo("WITHDRAWN");
        assertThat(head.post("/api/v1/service-records/" + id + "/confirm", null).status()).isEqualTo(409);
        assertThat(candidate.get(base() + "/service-records").json().get(0).get("status").asString())
                .isEqualTo("WITHDRAWN");
        assertRequirement(readiness(candidate), "service.total", "NOT_MET", "0.00");
    }

    @Test
    void theDemoCandidatesShowTheirStory() {
        JsonNode emma = readiness(new ApiCaller(port, "emma.vik", "demo"), fresh.person("emma.vik"));
        assertThat(emma.get("awaitingConfirmation").asLong()).isZero();
        assertRequirement(emma, "service.institution", "MET", "6.00");
        assertRequirement(emma, "onCall.qualifyingShifts", "NOT_MET", "36");
        // Three stretches; the last crosses 1 January 2025, when § 8's wording changed, and is shown in two parts.
        assertThat(requirement(emma, "service.total").get("trace").size()).isEqualTo(4);

        JsonNode nora = readiness(new ApiCaller(port, "nora.eide", "demo"), fresh.person("nora.eide"));
        assertThat(nora.get("awaitingConfirmation").asLong()).isEqualTo(1);
        assertRequirement(nora, "service.total", "NOT_MET", "0.00");

        assertThat(readiness(new ApiCaller(port, "sindre.holm", "demo"), fresh.person("sindre.holm"))
                .get("awaitingConfirmation").asLong()).isEqualTo(1);
        assertThat(readiness(new ApiCaller(port, "ole.brekke", "demo"), fresh.person("ole.brekke"))
                .get("ruleSet").asString()).isEqualTo("ALIS-2019-03-01");
        assertThat(readiness(new ApiCaller(port, "aisha.rahman", "demo"), fresh.person("aisha.rahman"))
                .get("ruleSet").asString()).isEqualTo("LIS1-2019-03-01");
    }

    private String report(String kind, String json) {
        var answer = candidate.post(base() + "/" + kind, json);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().get("status").asString()).isEqualTo("REPORTED");
        return answer.json().get("id").asString();
    }

    private void signed(String activity) {
        var recorded = candidate.post("/api/v1/activities", activity);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        String activityId = recorded.json().get("id").asString();
        String requestId = candidate.post("/api/v1/activities/" + activityId + "/signature-requests",
                "{\"signerId\":\"" + fresh.person("jon.bakke") + "\"}").json().get("id").asString();
        assertThat(new ApiCaller(port, "jon.bakke", "demo")
                .post("/api/v1/signature-requests/" + requestId + "/signature", "{}").status()).isEqualTo(204);
    }

    private JsonNode readiness(ApiCaller caller) {
        return readiness(caller, candidateId);
    }

    private JsonNode readiness(ApiCaller caller, UUID candidate) {
        var answer = caller.get("/api/v1/candidates/" + candidate + "/readiness");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static void assertRequirement(JsonNode readiness, String id, String status, String have) {
        JsonNode requirement = requirement(readiness, id);
        assertThat(requirement.get("status").asString()).as(id).isEqualTo(status);
        assertThat(requirement.get("have").decimalValue()).as(id).isEqualByComparingTo(have);
    }

    private static JsonNode requirement(JsonNode readiness, String id) {
        for (JsonNode requirement : readiness.get("requirements")) {
            if (requirement.get("id").asString().equals(id)) {
                return requirement;
            }
        }
        throw new AssertionError("No requirement " + id);
    }

    private String base() {
        return "/api/v1/candidates/" + candidateId;
    }

    private String path() {
        return base() + "/readiness";
    }
}
