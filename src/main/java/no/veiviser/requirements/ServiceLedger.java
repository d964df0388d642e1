package no.veiviser.requirements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import no.veiviser.requirements.ReadinessInput.AbsenceType;
import no.veiviser.requirements.ReadinessInput.Scheme;
import no.veiviser.requirements.ReadinessInput.ServicePeriod;

/**
 * The counted service up to a day (§ 31): each stretch of service counts its months times its
 * position share, less the months of absence that does not count, times the same share. Stretches
 * that continue each other with the same category, share and exemption are one stretch, so that
 * how a period is split never changes the result.
 *
 * <p>Concurrent positions (50 % at an office and 30 % at a nursing home) count together, but never
 * more than full time on any day: where the shares on a day add up to more than 100 %, each counts
 * in proportion to its share (two 100 % positions count half each that day). The position's own share
 * still decides the 50 % floor of open practice.
 */
final class ServiceLedger {

    /** The day the new scheme started; under it, earlier service counts only for a converted doctor (§ 37 c). */
    static final LocalDate NEW_SCHEME_START = LocalDate.of(2019, 3, 1);

    /** A stretch of service and what of it counted. */
    record Entry(ServicePeriod period, DateRange counted, BigDecimal months, BigDecimal absentMonths, String note) {
    }

    private final List<Entry> entries;
    /** Each entry's trace item, made when first asked (three rules show the same stretches). */
    private final TraceItem[] traceItems;

    private ServiceLedger(List<Entry> entries) {
        this.entries = entries;
        this.traceItems = new TraceItem[entries.size()];
    }

    /** The trace items of the stretches the filter accepts, in order. */
    List<TraceItem> trace(Predicate<ServicePeriod> filter) {
        List<TraceItem> trace = new ArrayList<>();
        for (int index = 0; index < entries.size(); index++) {
            Entry entry = entries.get(index);
            if (filter.test(entry.period())) {
                if (traceItems[index] == null) {
                    traceItems[index] = traceItem(entry);
                }
                trace.add(traceItems[index]);
            }
        }
        return trace;
    }

    private static TraceItem traceItem(Entry entry) {
        ServicePeriod period = entry.period();
        String item = TraceText.date(TraceText.date(new StringBuilder(48).append(period.category()).append(' '),
                period.from()).append('…'), period.to()).append(' ')
                .append(period.positionPercent().stripTrailingZeros().toPlainString()).append(" %").toString();
        String note = entry.note() != null ? entry.note() : entry.absentMonths().signum() > 0
                ? "fravær som ikke teller: " + Evaluation.number(entry.absentMonths()) + " mnd trukket fra" : null;
        return new TraceItem(item, entry.months(), note);
    }

    /**
     * A record's stretches and non-counting absence, prepared once; the ledger for any day is then a
     * pass over the stretches, and stretches that end by that day reuse their full count.
     */
    static final class Prepared {

        private final List<ServicePeriod> stretches;
        private final List<DateRange> absent;
        private final List<Overload> overloads;
        private final Scheme scheme;
        private final Entry[] whole;

        Prepared(ReadinessInput input, Parameters parameters) {
            this.stretches = splitAt(merged(input.servicePeriods()), AlisServiceRules.FLOOR_REPEALED);
            this.absent = union(input.absences().stream()
                    .filter(absence -> !counts(absence.type(), parameters)).map(ReadinessInput.Absence::range).toList());
            this.overloads = Overload.of(stretches);
            this.scheme = input.scheme();
            this.whole = new Entry[stretches.size()];
        }

        ServiceLedger until(LocalDate day) {
            List<Entry> entries = new ArrayList<>(stretches.size());
            for (int index = 0; index < stretches.size(); index++) {
                ServicePeriod stretch = stretches.get(index);
                if (stretch.to().isAfter(day)) {
                    entries.add(entry(stretch, absent, overloads, scheme, day));
                } else {
                    if (whole[index] == null) {
                        whole[index] = entry(stretch, absent, overloads, scheme, stretch.to());
                    }
                    entries.add(whole[index]);
                }
            }
            return new ServiceLedger(entries);
        }
    }

    static ServiceLedger of(ReadinessInput input, Parameters parameters, LocalDate until) {
        return new Prepared(input, parameters).until(until);
    }

    /** The counted months of the stretches the filter accepts. */
    BigDecimal months(Predicate<ServicePeriod> filter) {
        return entries.stream().filter(entry -> filter.test(entry.period())).map(Entry::months)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    List<Entry> entries(Predicate<ServicePeriod> filter) {
        return entries.stream().filter(entry -> filter.test(entry.period())).toList();
    }

    /** Holiday and course days count in parts 2 and 3; sick leave only if the parameter says so; leave never. */
    static boolean counts(AbsenceType type, Parameters parameters) {
        return switch (type) {
            case HOLIDAY, COURSE -> true;
            case SICK_LEAVE -> Boolean.TRUE.equals(parameters.sickLeaveCounts());
            case PARENTAL_LEAVE, LEAVE_OF_ABSENCE -> false;
        };
    }

    private static Entry entry(ServicePeriod period, List<DateRange> absent, List<Overload> overloads, Scheme scheme,
                               LocalDate until) {
        var range = period.range().until(until);
        if (range.isEmpty()) {
            return new Entry(period, null, BigDecimal.ZERO, BigDecimal.ZERO, "planlagt, etter " + until);
        }
        DateRange counted = range.get();
        String note = null;
        if (scheme == Scheme.NEW && counted.from().isBefore(NEW_SCHEME_START)) {
            if (counted.to().isBefore(NEW_SCHEME_START)) {
                return new Entry(period, null, BigDecimal.ZERO, BigDecimal.ZERO, "før ny ordning 1. mars 2019");
            }
            counted = new DateRange(NEW_SCHEME_START, counted.to());
            note = "teller fra 1. mars 2019 (ny ordning)";
        }
        BigDecimal share = period.share();
        BigDecimal absentMonths = BigDecimal.ZERO;
        for (DateRange absence : absent) {
            var overlap = absence.intersection(counted);
            if (overlap.isPresent()) {
                absentMonths = absentMonths.add(Overload.weighted(overlap.get(), share, overloads));
            }
        }
        BigDecimal served = Overload.weighted(counted, share, overloads);
        if (note == null && served.compareTo(counted.months().multiply(share)) < 0) {
            note = "samtidig med annen tjeneste over 100 %: teller forholdsmessig";
        }
        BigDecimal months = served.subtract(absentMonths);
        return new Entry(period, counted, months, absentMonths, note);
    }

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

    /** Periods sorted, with those that continue each other unchanged joined into one (one pass, by key). */
    static List<ServicePeriod> merged(List<ServicePeriod> periods) {
        List<ServicePeriod> sorted = periods.stream().sorted(Comparator.comparing(ServicePeriod::from)
                .thenComparing(period -> period.category().ordinal())).toList();
        List<ServicePeriod> merged = new ArrayList<>();
        Map<Continuation, Integer> open = new HashMap<>();
        for (ServicePeriod period : sorted) {
            Integer index = open.remove(new Continuation(period.from(), period));
            if (index != null) {
                ServicePeriod previous = merged.get(index);
                merged.set(index, new ServicePeriod(previous.from(), period.to(), previous.category(),
                        previous.positionPercent(), previous.exemption50()));
            } else {
                index = merged.size();
                merged.add(period);
            }
            open.put(new Continuation(period.to().plusDays(1), period), index);
        }
        return merged;
    }

    /** What a period that continues a stretch must look like: starting on that day, otherwise the same. */
    private record Continuation(LocalDate day, ReadinessInput.ServiceCategory category, BigDecimal percent, boolean exemption) {

        Continuation(LocalDate day, ServicePeriod period) {
            this(day, period.category(), period.positionPercent().stripTrailingZeros(), period.exemption50());
        }
    }

    /**
     * Stretches that cross {@code day} as two, the second starting on it, for rules whose wording
     * changed that day; the arithmetic is additive, so no number changes by the split.
     */
    static List<ServicePeriod> splitAt(List<ServicePeriod> stretches, LocalDate day) {
        List<ServicePeriod> split = new ArrayList<>(stretches.size() + 1);
        for (ServicePeriod stretch : stretches) {
            if (stretch.from().isBefore(day) && !stretch.to().isBefore(day)) {
                split.add(new ServicePeriod(stretch.from(), day.minusDays(1), stretch.category(), stretch.positionPercent(),
                        stretch.exemption50()));
                split.add(new ServicePeriod(day, stretch.to(), stretch.category(), stretch.positionPercent(),
                        stretch.exemption50()));
            } else {
                split.add(stretch);
            }
        }
        return split;
    }

    /** The union of ranges as disjoint ranges, so that no day is subtracted twice. */
    static List<DateRange> union(List<DateRange> ranges) {
        List<DateRange> sorted = ranges.stream().sorted(Comparator.comparing(DateRange::from)).toList();
        List<DateRange> union = new ArrayList<>();
        for (DateRange range : sorted) {
            if (!union.isEmpty() && !range.from().isAfter(union.get(union.size() - 1).to().plusDays(1))) {
                DateRange last = union.remove(union.size() - 1);
                union.add(new DateRange(last.from(), range.to().isAfter(last.to()) ? range.to() : last.to()));
            } else {
                union.add(range);
            }
        }
        return union;
    }

    static final Set<ReadinessInput.ServiceCategory> PART_THREE_CAPPED = EnumSet.of(
            ReadinessInput.ServiceCategory.INSTITUTION, ReadinessInput.ServiceCategory.OTHER_SPECIALTY,
            ReadinessInput.ServiceCategory.RESEARCH);
}
