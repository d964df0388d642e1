package no.veiviser.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import no.veiviser.readiness.CandidateReadiness;
import no.veiviser.requirements.ReadinessInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A confirmed period's position share changes from a date (100 % from 1 September, 60 % from
 * 1 November). A confirmed period is never edited: the change is a new period that the department
 * head confirms, after which the old one counts up to the day before — not both at once, and not
 * before it is confirmed.
 */
@IntegrationTest
class PositionShareChangeTest {

    @LocalServerPort
    int port;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    CandidateReadiness readiness;

    private FreshCandidates.FreshCandidate alis;
    private ApiCaller candidate;
    private ApiCaller head;
    private String periodId;

    @BeforeEach
    void aConfirmedFullTimePeriod() {
        alis = fresh.alis();
        candidate = new ApiCaller(port, alis.username(), FreshCandidates.PASSWORD);
        head = new ApiCaller(port, fresh.departmentHeadOf(alis), FreshCandidates.PASSWORD);
        periodId = candidate.post("/api/v1/candidates/" + alis.id() + "/service-periods", """
                {"from":"2026-09-01","to":"2026-11-30","category":"OPEN_PRACTICE","positionPercent":100}""")
                .json().path("id").asString();
        assertThat(head.post("/api/v1/service-records/" + periodId + "/confirm", null).status()).isEqualTo(200);
    }

    @Test
    void theNewShareCountsFromItsDateOnceConfirmedAndTheOldOneUpToTheDayBefore() {
        ApiCaller.Answer change = changeShare("2026-11-01", 60);
        assertThat(change.status()).as(change.body()).isEqualTo(201);
        assertThat(change.json().path("status").asString()).isEqualTo("REPORTED");
        assertThat(change.json().path("replaces").asString()).isEqualTo(periodId);
        assertThat(change.json().path("from").asString()).isEqualTo("2026-11-01");
        assertThat(change.json().path("to").asString()).isEqualTo("2026-11-30");
        assertThat(change.json().path("category").asString()).isEqualTo("OPEN_PRACTICE");

        assertThat(countedPeriods()).as("until it is confirmed, the old share counts")
                .containsExactly("2026-09-01..2026-11-30 100");

        String changeId = change.json().path("id").asString();
        assertThat(head.post("/api/v1/service-records/" + changeId + "/confirm", null).status()).isEqualTo(200);

        assertThat(countedPeriods()).containsExactly("2026-09-01..2026-10-31 100", "2026-11-01..2026-11-30 60");
    }

    @Test
    void aChangeThatCannotBeIsRefusedWithWhatWasExpected() {
        assertRefused(changeShare("2026-09-01", 60), "from",
                "Den nye stillingsandelen må gjelde fra en dag i perioden, fra 02.09.2026 til og med 30.11.2026.");
        assertRefused(changeShare("2026-12-01", 60), "from",
                "Den nye stillingsandelen må gjelde fra en dag i perioden, fra 02.09.2026 til og med 30.11.2026.");
        assertRefused(changeShare("2026-11-01", 100), "positionPercent",
                "Perioden har allerede 100 % stilling. Skriv den nye stillingsandelen.");
        assertRefused(changeShare("2026-11-01", 0), "positionPercent", null);

        assertThat(changeShare("2026-11-01", 60).status()).isEqualTo(201);
        assertRefused(changeShare("2026-10-01", 80), "from", "Stillingsandelen i denne perioden er allerede endret "
                + "fra 01.11.2026. Endre den nye perioden i stedet, eller trekk tilbake endringen hvis den ikke er behandlet.");
        assertThat(countedPeriods()).containsExactly("2026-09-01..2026-11-30 100");
    }

    @Test
    void theChangeCountsAgainstFullTimeAndOnlyAConfirmedPeriodOfHerOwnChanges() {
        assertThat(changeShare("2026-11-01", 70).status()).isEqualTo(201);
        ApiCaller.Answer concurrent = report("2026-11-01", "2026-11-30", 30);
        assertThat(concurrent.status()).as("70 % + 30 % from 1 November: " + concurrent.body()).isEqualTo(201);
        assertRefused(report("2026-10-31", "2026-10-31", 30), "positionPercent", null);

        String unconfirmed = concurrent.json().path("id").asString();
        assertRefused(candidate.post("/api/v1/service-records/" + unconfirmed + "/share-changes", """
                {"from":"2026-11-15","positionPercent":20}"""), "from", "Stillingsandelen kan bare endres i en bekreftet "
                + "periode. Er perioden ikke behandlet ennå, trekker du den tilbake og registrerer den på nytt.");
        assertThat(head.post("/api/v1/service-records/" + unconfirmed + "/confirm", null).status()).isEqualTo(200);
        ApiCaller.Answer over = candidate.post("/api/v1/service-records/" + unconfirmed + "/share-changes", """
                {"from":"2026-11-15","positionPercent":40}""");
        assertRefused(over, "positionPercent", null);
        assertThat(over.json().path("detail").asString()).startsWith("Da blir stillingene dine til sammen 110 % den 15.11.2026");

        FreshCandidates.FreshCandidate stranger = fresh.alis();
        ApiCaller.Answer foreign = new ApiCaller(port, stranger.username(), FreshCandidates.PASSWORD)
                .post("/api/v1/service-records/" + periodId + "/share-changes", """
                        {"from":"2026-11-01","positionPercent":60}""");
        assertThat(foreign.status()).as("another candidate's period does not exist for her").isEqualTo(404);
    }

    private ApiCaller.Answer report(String from, String to, int percent) {
        return candidate.post("/api/v1/candidates/" + alis.id() + "/service-periods", """
                {"from":"%s","to":"%s","category":"INSTITUTION","positionPercent":%d}""".formatted(from, to, percent));
    }

    private ApiCaller.Answer changeShare(String from, int percent) {
        return candidate.post("/api/v1/service-records/" + periodId + "/share-changes", """
                {"from":"%s","positionPercent":%d}""".formatted(from, percent));
    }

    private static void assertRefused(ApiCaller.Answer answer, String field, String detail) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.json().path("field").asString()).isEqualTo(field);
        if (detail != null) {
            assertThat(answer.json().path("detail").asString()).isEqualTo(detail);
        }
    }

    /** The periods her readiness is judged from, as "from..to share". */
    private List<String> countedPeriods() {
        return readiness.of(alis.actor(), alis.id()).input().servicePeriods().stream()
                .map(PositionShareChangeTest::describe).toList();
    }

    private static String describe(ReadinessInput.ServicePeriod period) {
        LocalDate from = period.from();
        BigDecimal share = period.positionPercent().stripTrailingZeros();
        return from + ".." + period.to() + " " + share.toPlainString();
    }
}
