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

    /**
     * A stretch of service and what of it counted.
     *
     * @param served      the months served at the stretch's share, absence included (education time)
     * @param absentMonths the months of absence that counts only within the allowance (§ 31)
     * @param months      what counts: served less the part of that absence deducted
     */
    record Entry(ServicePeriod period, DateRange counted, BigDecimal served, BigDecimal absentMonths, BigDecimal months,
                 Text note) {

        Entry deducting(BigDecimal share) {
            return new Entry(period, counted, served, absentMonths, served.subtract(absentMonths.multiply(share)), note);
        }
    }

    /**
     * Days on which a rule's wording changed, so that no stretch crosses one: § 2 (guidance) on 1 January
     * 2021, 2022 and 2025; § 8 (the 50 % floor) on 1 January 2025.
     */
    static final List<LocalDate> WORDING_CHANGES = List.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 1),
            AlisServiceRules.FLOOR_REPEALED);

    private final List<Entry> entries;
    private final AbsenceAllowance allowance;
    /** Each entry's trace item, made when first asked (three rules show the same stretches). */
    private final TraceItem[] traceItems;

    private ServiceLedger(List<Entry> entries, AbsenceAllowance allowance) {
        this.entries = entries;
        this.allowance = allowance;
        this.traceItems = new TraceItem[entries.size()];
    }

    /** How the absence allowance of § 31 was used up to the day. */
    AbsenceAllowance allowance() {
        return allowance;
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
        Text item = Text.of("trace.period", Text.of("category." + period.category().name()), period.from(), period.to(),
                period.positionPercent().stripTrailingZeros().toPlainString());
        BigDecimal deducted = entry.served().subtract(entry.months());
        Text note = entry.note() != null ? entry.note() : entry.absentMonths().signum() > 0
                ? Text.of("ledger.absence", entry.absentMonths(), deducted) : null;
        return new TraceItem(item, entry.months(), note);
    }

    /**
     * A record's stretches and absence, prepared once; the ledger for any day is then a pass over the
     * stretches, and stretches that end by that day reuse their full count.
     */
    static final class Prepared {

        private final List<ServicePeriod> stretches;
        private final List<DateRange> absent;
        private final List<Overload> overloads;
        private final Scheme scheme;
        private final Predicate<ServicePeriod> educationTime;
        private final Entry[] whole;

        Prepared(ReadinessInput input, Parameters parameters) {
            List<ServicePeriod> split = merged(input.servicePeriods());
            for (LocalDate day : WORDING_CHANGES) {
                split = splitAt(split, day);
            }
            if (input.convertedOn() != null) {
                split = splitAt(split, input.convertedOn());
            }
            this.stretches = split;
            this.absent = union(input.absences().stream()
                    .filter(absence -> !counts(absence.type())).map(ReadinessInput.Absence::range).toList());
            this.overloads = Overload.of(stretches);
            this.scheme = input.scheme();
            this.educationTime = period -> partsTwoAndThree(input.programme(), period.category());
            this.whole = new Entry[stretches.size()];
        }

        ServiceLedger until(LocalDate day) {
            List<Entry> gross = new ArrayList<>(stretches.size());
            for (int index = 0; index < stretches.size(); index++) {
                ServicePeriod stretch = stretches.get(index);
                if (stretch.to().isAfter(day)) {
                    gross.add(entry(stretch, absent, overloads, scheme, day));
                } else {
                    if (whole[index] == null) {
                        whole[index] = entry(stretch, absent, overloads, scheme, stretch.to());
                    }
                    gross.add(whole[index]);
                }
            }
            BigDecimal served = BigDecimal.ZERO;
            BigDecimal absence = BigDecimal.ZERO;
            for (Entry entry : gross) {
                if (educationTime.test(entry.period())) {
                    served = served.add(entry.served());
                    absence = absence.add(entry.absentMonths());
                }
            }
            AbsenceAllowance allowance = AbsenceAllowance.of(served, absence);
            BigDecimal share = allowance.deductedShare();
            List<Entry> entries = new ArrayList<>(gross.size());
            for (Entry entry : gross) {
                entries.add(educationTime.test(entry.period()) ? entry.deducting(share) : entry.deducting(BigDecimal.ONE));
            }
            return new ServiceLedger(entries, allowance);
        }
    }

    /**
     * The service that is education time in parts 2 and 3 for the programme, and so shares the § 31
     * allowance: what counts towards the programme's five years (ALIS: all but community medicine;
     * SamLIS: community medicine and clinical service); LIS1's part 1 has its own rule (Lis1Rules).
     */
    static boolean partsTwoAndThree(ReadinessInput.Programme programme, ReadinessInput.ServiceCategory category) {
        return switch (programme) {
            case ALIS -> category != ReadinessInput.ServiceCategory.COMMUNITY_MEDICINE
                    && category != ReadinessInput.ServiceCategory.MUNICIPAL_LIS1;
            case SAMLIS -> SamLisRules.countsTowardsFiveYears(category);
            case LIS1 -> false;
        };
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

    /**
     * Courses and statutory or tariff holiday count as service in parts 2 and 3 (§ 31, in both the
     * 1 March 2019 and the 21 June 2019 wording); other absence counts within the allowance.
     */
    static boolean counts(AbsenceType type) {
        return switch (type) {
            case HOLIDAY, COURSE -> true;
            case SICK_LEAVE, PARENTAL_LEAVE, LEAVE_OF_ABSENCE, COVID19 -> false;
        };
    }

    private static Entry entry(ServicePeriod period, List<DateRange> absent, List<Overload> overloads, Scheme scheme,
                               LocalDate until) {
        var range = period.range().until(until);
        if (range.isEmpty()) {
            return new Entry(period, null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, Text.of("ledger.planned", until));
        }
        DateRange counted = range.get();
        Text note = null;
        if (scheme == Scheme.NEW && counted.from().isBefore(NEW_SCHEME_START)) {
            if (counted.to().isBefore(NEW_SCHEME_START)) {
                return new Entry(period, null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                        Text.of("ledger.beforeNewScheme"));
            }
            counted = new DateRange(NEW_SCHEME_START, counted.to());
            note = Text.of("ledger.fromNewScheme");
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
            note = Text.of("ledger.overload");
        }
        return new Entry(period, counted, served, absentMonths, served, note);
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
