package no.veiviser.requirements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.veiviser.requirements.ReadinessInput.ServicePeriod;

/**
 * Days on which the positions add up to more than full time, and the factor (100 % over their sum)
 * by which each counts on them.
 */
record Overload(DateRange days, BigDecimal factor) {

    private static final BigDecimal FULL_TIME = BigDecimal.ONE;

    /** The months of a range at a share, each overloaded day counted at its factor. */
    static BigDecimal weighted(DateRange range, BigDecimal share, List<Overload> overloads) {
        BigDecimal months = range.months().multiply(share);
        for (Overload overload : overloads) {
            var overlap = overload.days().intersection(range);
            if (overlap.isPresent()) {
                months = months.subtract(overlap.get().months().multiply(share)
                        .multiply(BigDecimal.ONE.subtract(overload.factor())));
            }
        }
        return months;
    }

    /** A sweep over the days on which the sum of shares changes. */
    static List<Overload> of(List<ServicePeriod> stretches) {
        java.util.TreeSet<LocalDate> changes = new java.util.TreeSet<>();
        for (ServicePeriod stretch : stretches) {
            changes.add(stretch.from());
            changes.add(stretch.to().plusDays(1));
        }
        List<Overload> overloads = new ArrayList<>();
        LocalDate start = null;
        for (LocalDate change : changes) {
            if (start != null) {
                LocalDate day = start;
                BigDecimal total = stretches.stream().filter(stretch -> !stretch.from().isAfter(day)
                                && !stretch.to().isBefore(day)).map(ServicePeriod::share)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (total.compareTo(FULL_TIME) > 0) {
                    overloads.add(new Overload(new DateRange(start, change.minusDays(1)),
                            FULL_TIME.divide(total, DateRange.PRECISION)));
                }
            }
            start = change;
        }
        return overloads;
    }
}
