package no.veiviser.requirements;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * An inclusive range of dates, and its length in months: every day counts as one day of its own
 * calendar month, that is 1/31 of a month in January and 1/28 in February 2022. A whole calendar month
 * is exactly 1 (2021-09-01…2023-08-31 is exactly 24; 2022-01-01…2022-01-15 is 15/31); splitting a
 * range anywhere gives parts that add up to the whole; and one day more never gives less. (Counting
 * whole months from the start day and the rest by the month it starts in, as before, was none of the
 * last two: 2022-01-31…2022-03-29 was 2.07 months and a day longer 2.00.) docs/rules/ALIS-SERVICE-TIME.md.
 */
public record DateRange(LocalDate from, LocalDate to) {

    /** Internal precision; results are reported with two decimals. */
    static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);
    /**
     * The least common multiple of 28, 29, 30 and 31: a day of any month is a whole number of these
     * units, so that sums of days are exact before the one division into months.
     */
    static final long UNITS_PER_MONTH = 377_580;

    public DateRange {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("A date range ends on or after its start: " + from + "…" + to);
        }
    }

    public BigDecimal months() {
        long units = monthUnits();
        if (units % UNITS_PER_MONTH == 0) {
            return BigDecimal.valueOf(units / UNITS_PER_MONTH); // whole months, as the division gives them, without it
        }
        return BigDecimal.valueOf(units).divide(BigDecimal.valueOf(UNITS_PER_MONTH), PRECISION);
    }

    /** The length in units of 1/{@value #UNITS_PER_MONTH} month, exactly. */
    long monthUnits() {
        long units = 0;
        for (LocalDate monthStart = from.withDayOfMonth(1); !monthStart.isAfter(to); monthStart = monthStart.plusMonths(1)) {
            LocalDate first = from.isAfter(monthStart) ? from : monthStart;
            LocalDate monthEnd = monthStart.plusMonths(1).minusDays(1);
            LocalDate last = to.isBefore(monthEnd) ? to : monthEnd;
            long days = ChronoUnit.DAYS.between(first, last) + 1;
            units += days * (UNITS_PER_MONTH / monthStart.lengthOfMonth());
        }
        return units;
    }

    public Optional<DateRange> intersection(DateRange other) {
        LocalDate start = from.isAfter(other.from) ? from : other.from;
        LocalDate end = to.isBefore(other.to) ? to : other.to;
        return end.isBefore(start) ? Optional.empty() : Optional.of(new DateRange(start, end));
    }

    /** The part up to and including {@code day}, if any. */
    public Optional<DateRange> until(LocalDate day) {
        return day.isBefore(from) ? Optional.empty() : Optional.of(new DateRange(from, to.isAfter(day) ? day : to));
    }

    @Override
    public String toString() {
        return TraceText.range(from, to);
    }
}
