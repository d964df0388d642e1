package no.veiviser.api;

import static org.assertj.core.api.Assertions.assertThat;

import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Service periods are refused at entry when, with her standing periods, her positions would add up to
 * more than full time on any day — a 100 % period inside another 100 % period was accepted and, once
 * confirmed, counted twice. Concurrent part-time positions up to 100 % are accepted.
 */
@IntegrationTest
class ConcurrentPositionsTest {

    @LocalServerPort
    int port;

    @Autowired
    FreshCandidates fresh;

    @Autowired
    JdbcClient jdbc;

    private FreshCandidates.FreshCandidate alis;
    private ApiCaller candidate;

    @BeforeEach
    void aNewCandidate() {
        alis = fresh.alis();
        candidate = new ApiCaller(port, alis.username(), FreshCandidates.PASSWORD);
    }

    @Test
    void aFullTimePeriodInsideAnotherIsRefusedWithTheDayTheTotalAndTheWayOut() {
        String first = period("2026-09-01", "2026-11-30", "OPEN_PRACTICE", 100);
        assertThat(candidate.post(periods(), first).status()).isEqualTo(201);

        ApiCaller.Answer inside = candidate.post(periods(), period("2026-10-01", "2026-10-15", "OTHER_GP_SERVICE", 100));

        assertThat(inside.status()).as(inside.body()).isEqualTo(400);
        assertThat(inside.json().path("field").asString()).isEqualTo("positionPercent");
        assertThat(inside.json().path("detail").asString()).isEqualTo("Da blir stillingene dine til sammen 200 % den "
                + "01.10.2026: perioden overlapper en periode på 100 % fra 01.09.2026 til 30.11.2026. Samtidige stillinger "
                + "kan til sammen være høyst 100 %. Skal den nye perioden erstatte den gamle, må den gamle slutte dagen "
                + "før, 30.09.2026: trekk den tilbake hvis den ikke er behandlet, eller be avdelingslederen avvise den, "
                + "og registrer den på nytt med den sluttdatoen. Er det bare stillingsandelen som endres i en bekreftet "
                + "periode, velger du «Endre stillingsandel» på den.");
        assertThat(periodsStored()).as("nothing stored").isEqualTo(1);
    }

    @Test
    void concurrentPartTimePositionsUpToFullTimeAreAcceptedAndOneMoreDayAboveIsNot() {
        assertThat(candidate.post(periods(), period("2026-09-01", "2026-11-30", "OPEN_PRACTICE", 50)).status()).isEqualTo(201);
        assertThat(candidate.post(periods(), period("2026-09-01", "2026-11-30", "OTHER_GP_SERVICE", 30)).status()).isEqualTo(201);
        assertThat(candidate.post(periods(), period("2026-10-01", "2026-10-31", "OTHER_GP_SERVICE", 20)).status()).isEqualTo(201);

        ApiCaller.Answer over = candidate.post(periods(), period("2026-11-30", "2026-12-31", "INSTITUTION", 30));
        assertThat(over.status()).as(over.body()).isEqualTo(400);
        assertThat(over.json().path("detail").asString()).startsWith("Da blir stillingene dine til sammen 110 % den 30.11.2026");
        assertThat(candidate.post(periods(), period("2026-12-01", "2026-12-31", "INSTITUTION", 30)).status())
                .as("from the day after, there is room").isEqualTo(201);
        assertThat(periodsStored()).isEqualTo(4);
    }

    @Test
    void aWithdrawnPeriodNoLongerStandsInTheWay() {
        ApiCaller.Answer first = candidate.post(periods(), period("2026-09-01", "2026-11-30", "OPEN_PRACTICE", 100));
        String id = first.json().path("id").asString();
        assertThat(candidate.post("/api/v1/service-records/" + id + "/withdraw", null).status()).isEqualTo(200);

        assertThat(candidate.post(periods(), period("2026-10-01", "2026-10-15", "OTHER_GP_SERVICE", 100)).status())
                .isEqualTo(201);
    }

    private String periods() {
        return "/api/v1/candidates/" + alis.id() + "/service-periods";
    }

    private static String period(String from, String to, String category, int percent) {
        return """
                {"from":"%s","to":"%s","category":"%s","positionPercent":%d}""".formatted(from, to, category, percent);
    }

    private long periodsStored() {
        return jdbc.sql("""
                select count(*) from service_record r join enrolment e on e.id = r.enrolment_id
                 where e.candidate_id = ? and r.kind = 'PERIOD'""")
                .param(alis.id()).query(Long.class).single();
    }
}
