package no.veiviser.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Trace texts read exactly as ISO dates and times, however they are built. */
class TraceTextTest {

    @Test
    void datesAreIso8601() {
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            LocalDate day = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(40 * 366));
            assertThat(TraceText.date(day)).isEqualTo(day.toString());
        }
    }

    @Test
    void rangesReadAsTheyAreWritten() {
        assertThat(TraceText.range(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 15))).isEqualTo("2022-01-01…2022-01-15");
    }
}
