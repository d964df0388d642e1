package no.veiviser.requirements;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * An inclusive range of dates, and its length in months as the regulation's time arithmetic counts
 * it: the whole calendar months from {@code from} to {@code to + 1 day}, plus the remaining days
 * divided by the number of days of the month in which they start. 2021-09-01…2023-08-31 is exactly
 * 24; 2022-01-01…2022-01-15 is 15/31.
 */
public record DateRange(LocalDate from, LocalDate to) {

    /** Internal precision; results are reported with two decimals. */
    static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

    public DateRange {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("A date range ends on or after its start: " + from + "…" + to);
        }
    }

    public BigDecimal months() {
        LocalDate end = to.plusDays(1);
        long whole = ChronoUnit.MONTHS.between(from, end);
        LocalDate restStart = from.plusMonths(whole);
        long restDays = ChronoUnit.DAYS.between(restStart, end);
        BigDecimal rest = BigDecimal.valueOf(restDays).divide(BigDecimal.valueOf(restStart.lengthOfMonth()), PRECISION);
        return BigDecimal.valueOf(whole).add(rest);
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
