package no.veiviser.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The month arithmetic, over every start day of seven years (2019–2025, two of them leap years) and
 * every length up to 100 days (every month end and February within reach): exact for whole calendar months, additive wherever a range is split,
 * and monotone (one day more never counts less). The superseded arithmetic failed the last two, for
 * instance 2022-01-31…2022-03-29 (2.07) against 2022-01-31…2022-03-30 (2.00).
 */
class MonthArithmeticTest {

    private static final LocalDate FIRST = LocalDate.of(2019, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2025, 12, 31);

    @Test
    void wholeCalendarMonthsCountExactly() {
        for (LocalDate start = FIRST; !start.isAfter(LAST); start = start.plusMonths(1)) {
            for (int months = 1; months <= 60; months++) {
                DateRange range = new DateRange(start, start.plusMonths(months).minusDays(1));
                assertThat(range.months()).as(range.toString()).isEqualByComparingTo(BigDecimal.valueOf(months));
            }
        }
    }

    @Test
    void oneDayMoreNeverCountsLess() {
        for (LocalDate start = FIRST; !start.isAfter(LAST); start = start.plusDays(1)) {
            long previous = 0;
            for (int length = 0; length <= 100; length++) {
                long units = new DateRange(start, start.plusDays(length)).monthUnits();
                assertThat(units).as(start + " + " + length + " days").isGreaterThan(previous);
                previous = units;
            }
        }
    }

    @Test
    void aRangeSplitAnywhereAddsUpToTheWhole() {
        for (LocalDate start = FIRST; !start.isAfter(LAST); start = start.plusDays(1)) {
            for (int length = 1; length <= 100; length += 5) {
                LocalDate end = start.plusDays(length);
                long whole = new DateRange(start, end).monthUnits();
                for (int cut = 1; cut <= length; cut++) {
                    LocalDate second = start.plusDays(cut);
                    long parts = new DateRange(start, second.minusDays(1)).monthUnits()
                            + new DateRange(second, end).monthUnits();
                    assertThat(parts).as(start + "…" + end + " cut before " + second).isEqualTo(whole);
                }
            }
        }
    }

    @Test
    void theCasesTheIssueFoundAreMonotoneNow() {
        // 1/31 (31 January) + 1 (February) + 29/31 or 30/31 of March.
        assertThat(new DateRange(LocalDate.of(2022, 1, 31), LocalDate.of(2022, 3, 29)).months())
                .isCloseTo(new BigDecimal("1").add(new BigDecimal("30").divide(new BigDecimal("31"), DateRange.PRECISION)),
                        org.assertj.core.data.Offset.offset(new BigDecimal("1e-15")));
        assertThat(new DateRange(LocalDate.of(2022, 1, 31), LocalDate.of(2022, 3, 30)).months())
                .isEqualByComparingTo("2");
        // A leap February: 29 days are one month, 28 of them 28/29.
        assertThat(new DateRange(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)).months()).isEqualByComparingTo("1");
        assertThat(new DateRange(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 28)).months())
                .isCloseTo(new BigDecimal("28").divide(new BigDecimal("29"), DateRange.PRECISION),
                        org.assertj.core.data.Offset.offset(new BigDecimal("1e-15")));
    }
}
