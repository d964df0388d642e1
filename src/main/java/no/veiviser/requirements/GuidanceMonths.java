package no.veiviser.requirements;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * § 2's individual guidance for ALIS month by month: what the wording in force asks of each month's
 * counted service, and the hours held that month. Each stretch that {@code guidance.individual} counts
 * (at its wording's hours per month, from a converted doctor's conversion date) is spread over its
 * calendar months by days, so the months add up to the requirement's need. The regulation asks for
 * the hours on average, so a month below its share is information, not a breach.
 */
public final class GuidanceMonths {

    /** One calendar month: what the rule in force asks of it, and what was held. */
    public record Month(YearMonth month, BigDecimal need, BigDecimal held) {

        /** Whether fewer hours were held than the month's share of the need. */
        public boolean belowNeed() {
            return held.compareTo(need.setScale(2, RoundingMode.HALF_UP)) < 0;
        }
    }

    /** One calendar year, with the months below their share. */
    public record Year(int year, BigDecimal need, BigDecimal held, List<YearMonth> monthsBelowNeed) {
    }

    private GuidanceMonths() {
    }

    /** The months from the first with service or guidance up to the input's day; empty but for ALIS. */
    public static List<Month> of(ReadinessInput input) {
        return of(input, YearMonth.of(0, 1), YearMonth.of(9999, 12));
    }

    /**
     * One calendar year of {@link #of}, summed as {@link #byYear} sums it; empty when the year has
     * neither service that counts nor guidance. Only that year's months are spread.
     */
    public static java.util.Optional<Year> year(ReadinessInput input, int year) {
        return byYear(of(input, YearMonth.of(year, 1), YearMonth.of(year, 12))).stream().findFirst();
    }

    private static List<Month> of(ReadinessInput input, YearMonth first, YearMonth last) {
        if (input.programme() != ReadinessInput.Programme.ALIS) {
            return List.of();
        }
        Evaluation evaluation = new Evaluation(input, ReadinessEngine.parametersOf(input), input.asOf());
        Map<YearMonth, BigDecimal> need = new TreeMap<>();
        LocalDate start = input.convertedOn();
        for (GuidanceRules.GuidanceWording wording : GuidanceRules.ALIS_GUIDANCE) {
            for (ServiceLedger.Entry entry : evaluation.ledger.entries(wording::covers)) {
                if (entry.counted() == null || (start != null && entry.period().from().isBefore(start))) {
                    continue;
                }
                spread(entry.counted(), entry.months().multiply(wording.hoursPerMonth()), first, last, need);
            }
        }
        Map<YearMonth, BigDecimal> held = new TreeMap<>();
        input.guidanceSessions().stream().filter(session -> !session.date().isAfter(input.asOf()))
                .filter(session -> within(YearMonth.from(session.date()), first, last))
                .forEach(session -> held.merge(YearMonth.from(session.date()), session.hours(), BigDecimal::add));
        TreeSet<YearMonth> months = new TreeSet<>(need.keySet());
        months.addAll(held.keySet());
        List<Month> result = new ArrayList<>();
        for (YearMonth month : months) {
            result.add(new Month(month, need.getOrDefault(month, BigDecimal.ZERO), held.getOrDefault(month, BigDecimal.ZERO)));
        }
        return result;
    }

    private static boolean within(YearMonth month, YearMonth first, YearMonth last) {
        return !month.isBefore(first) && !month.isAfter(last);
    }

    /** The months summed by calendar year. */
    public static List<Year> byYear(List<Month> months) {
        Map<Integer, List<Month>> years = new TreeMap<>();
        months.forEach(month -> years.computeIfAbsent(month.month().getYear(), year -> new ArrayList<>()).add(month));
        return years.entrySet().stream().map(year -> new Year(year.getKey(),
                year.getValue().stream().map(Month::need).reduce(BigDecimal.ZERO, BigDecimal::add),
                year.getValue().stream().map(Month::held).reduce(BigDecimal.ZERO, BigDecimal::add),
                year.getValue().stream().filter(Month::belowNeed).map(Month::month).toList())).toList();
    }

    /**
     * A stretch's hours over its calendar months (those from first to last), in proportion to its
     * counted days in each: each month's days in units of {@link DateRange#UNITS_PER_MONTH}, exact,
     * and one division a month.
     */
    private static void spread(DateRange counted, BigDecimal hours, YearMonth first, YearMonth last,
                               Map<YearMonth, BigDecimal> need) {
        BigDecimal units = BigDecimal.valueOf(counted.monthUnits());
        if (units.signum() == 0) {
            return;
        }
        YearMonth from = YearMonth.from(counted.from()).isBefore(first) ? first : YearMonth.from(counted.from());
        YearMonth to = YearMonth.from(counted.to()).isAfter(last) ? last : YearMonth.from(counted.to());
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            LocalDate firstDay = counted.from().isAfter(month.atDay(1)) ? counted.from() : month.atDay(1);
            LocalDate lastDay = counted.to().isBefore(month.atEndOfMonth()) ? counted.to() : month.atEndOfMonth();
            long days = java.time.temporal.ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
            long part = days * (DateRange.UNITS_PER_MONTH / month.lengthOfMonth());
            need.merge(month, hours.multiply(BigDecimal.valueOf(part)).divide(units, DateRange.PRECISION), BigDecimal::add);
        }
    }
}
