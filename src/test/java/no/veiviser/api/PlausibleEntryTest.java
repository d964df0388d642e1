package no.veiviser.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What cannot have happened is refused where it is entered, with what was expected: an activity in
 * the future or before her programme started, a shift longer than a day. Nothing is stored.
 */
@IntegrationTest
class PlausibleEntryTest {

    @LocalServerPort
    int port;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    JdbcClient jdbc;

    private FreshCandidates.FreshCandidate alis;
    private ApiCaller candidate;

    @BeforeEach
    void aCandidateWhoStartedOnTheFirstOfSeptember() {
        alis = fresh.alis();
        candidate = new ApiCaller(port, alis.username(), FreshCandidates.PASSWORD);
    }

    @Test
    void anActivityInTheFutureOrBeforeTheProgrammeIsRefused() {
        String tomorrow = LocalDate.now(no.veiviser.shared.TimeConfiguration.OSLO).plusDays(1).toString();
        ApiCaller.Answer future = candidate.post("/api/v1/activities", activity(tomorrow));
        assertThat(future.status()).as(future.body()).isEqualTo(400);
        assertThat(future.json().path("field").asString()).isEqualTo("performedOn");
        assertThat(future.json().path("detail").asString()).startsWith("Datoen kan ikke være fram i tid.");

        ApiCaller.Answer before = candidate.post("/api/v1/activities", activity("2026-08-31"));
        assertThat(before.status()).as(before.body()).isEqualTo(400);
        assertThat(before.json().path("detail").asString())
                .isEqualTo("Datoen er før utdanningsløpet ditt startet 01.09.2026. Sjekk datoen.");

        assertThat(candidate.post("/api/v1/activities", activity("2026-09-01")).status()).isEqualTo(201);
        assertThat(jdbc.sql("select count(*) from learning_activity where candidate_id = ?").param(alis.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aShiftLongerThanADayIsRefusedAsActivityAndAsServiceRecord() {
        ApiCaller.Answer activity = candidate.post("/api/v1/activities", """
                {"type":"ON_CALL_SHIFT","description":"Legevakt","performedOn":"2026-10-03",
                 "shiftStart":"2026-10-03T08:00:00+02:00","shiftEnd":"2026-10-04T09:00:00+02:00","goalCodes":["ALM-042"]}""");
        assertThat(activity.status()).as(activity.body()).isEqualTo(400);
        assertThat(activity.json().path("field").asString()).isEqualTo("shiftEnd");
        assertThat(activity.json().path("detail").asString())
                .isEqualTo("En vakt kan vare høyst 24 timer. Sjekk start- og sluttidspunktet.");

        ApiCaller.Answer record = candidate.post("/api/v1/candidates/" + alis.id() + "/on-call-shifts", """
                {"start":"2026-10-03T08:00","end":"2026-10-04T08:01"}""");
        assertThat(record.status()).as(record.body()).isEqualTo(400);
        assertThat(record.json().path("field").asString()).isEqualTo("shiftEnd");
        assertThat(candidate.post("/api/v1/candidates/" + alis.id() + "/on-call-shifts", """
                {"start":"2026-10-03T08:00","end":"2026-10-04T08:00"}""").status()).as("exactly 24 hours").isEqualTo(201);
    }

    /** An absence lasts at most two years in one registration: 01.10.2026 to 30.09.2028 is the longest. */
    @Test
    void anAbsenceLongerThanTwoYearsIsRefused() {
        String path = "/api/v1/candidates/" + alis.id() + "/absences";
        ApiCaller.Answer tooLong = candidate.post(path, """
                {"from":"2026-10-01","to":"2028-10-01","type":"PARENTAL_LEAVE"}""");
        assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(400);
        assertThat(tooLong.json().path("field").asString()).isEqualTo("to");
        assertThat(tooLong.json().path("detail").asString()).isEqualTo("Et fravær kan vare høyst 2 år i én registrering, "
                + "det vil si til og med 30.09.2028. Sjekk årstallet, eller registrer et lengre fravær i flere deler.");
        assertThat(jdbc.sql("select count(*) from service_record r join enrolment e on e.id = r.enrolment_id"
                        + " where e.candidate_id = ?").param(alis.id())
                .query(Long.class).single()).isZero();
        assertThat(candidate.post(path, """
                {"from":"2026-10-01","to":"2028-09-30","type":"PARENTAL_LEAVE"}""").status()).as("exactly two years").isEqualTo(201);
    }

    private static String activity(String day) {
        return """
                {"type":"OTHER","description":"Refleksjonsnotat","performedOn":"%s","goalCodes":["ALM-001"]}""".formatted(day);
    }
}
