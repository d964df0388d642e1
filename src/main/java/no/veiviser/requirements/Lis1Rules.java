package no.veiviser.requirements;

import static no.veiviser.requirements.Evaluation.number;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.veiviser.requirements.ReadinessInput.AbsenceType;
import no.veiviser.requirements.ReadinessInput.ServiceCategory;
import no.veiviser.requirements.ReadinessInput.ServicePeriod;

/**
 * LIS1's municipal part: 6 months after a completed hospital part, with absence judged day by day by
 * the wording of § 31 in force that day:
 * <ul>
 *   <li>from 1 March 2019 (FOR-2018-12-19-2171): courses count; holiday in part 1, sick leave, leave and
 *       other absence that make up more than ten per cent of the service time are deducted;</li>
 *   <li>from 21 June 2019 (FOR-2019-06-21-854): courses and statutory or tariff holiday count; other
 *       absence is deducted for the share above six days in the municipal part;</li>
 *   <li>from 17 June 2020 (FOR-2020-06-17-1211): absence caused by the covid-19 outbreak is not deducted
 *       in part 1.</li>
 * </ul>
 * What is deducted must be served again (resttjeneste, § 14 gives the right to complete it in the same
 * municipality). Each wording's allowance covers the absence on its own days; within a wording the
 * deduction is shared among the absent days in proportion, so its months follow the days' weights.
 */
final class Lis1Rules {

    static final BigDecimal MUNICIPAL_MONTHS = BigDecimal.valueOf(6);
    static final LocalDate SIX_DAYS_FROM = LocalDate.of(2019, 6, 21);
    static final LocalDate COVID_NOT_DEDUCTED_FROM = LocalDate.of(2020, 6, 17);
    static final BigDecimal SIX_DAYS = BigDecimal.valueOf(6);
    private static final BigDecimal TEN_PER_CENT = new BigDecimal("0.10");
    private static final String ABSENCE_REFERENCE = "Spesialistforskriften § 31 (FOR-2018-12-19-2171; fra 21. juni 2019 "
            + "FOR-2019-06-21-854: mer enn seks dager i den kommunale delen; fra 17. juni 2020 FOR-2020-06-17-1211: "
            + "fravær som følge av covid-19 trekkes ikke fra i første del)";

    private Lis1Rules() {
    }

    /**
     * The absence under one wording of § 31.
     *
     * @param days           absent days that count against the allowance
     * @param months         those days as months, at the position's share
     * @param allowanceDays  how many days may be absent before any is deducted
     */
    record Wording(BigDecimal days, BigDecimal months, BigDecimal allowanceDays) {

        static final Wording NONE = new Wording(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        /** The months deducted: the share of the absent days above the allowance. */
        BigDecimal deducted() {
            if (days.compareTo(allowanceDays) <= 0) {
                return BigDecimal.ZERO;
            }
            return months.multiply(days.subtract(allowanceDays)).divide(days, DateRange.PRECISION);
        }

        Wording plus(BigDecimal day, BigDecimal month) {
            return new Wording(days.add(day), months.add(month), allowanceDays);
        }
    }

    /** Months served in the municipal part up to the day, and the absence under each wording of § 31. */
    record Served(BigDecimal months, Wording tenPerCent, Wording sixDays, List<TraceItem> trace) {

        BigDecimal absentDays() {
            return tenPerCent.days().add(sixDays.days());
        }

        BigDecimal allowanceDays() {
            return tenPerCent.allowanceDays().add(sixDays.allowanceDays());
        }

        /** The absence beyond the allowances, which must be served again. */
        BigDecimal remaining() {
            return tenPerCent.deducted().add(sixDays.deducted());
        }

        BigDecimal counted() {
            return months.subtract(remaining());
        }
    }

    static Served served(Evaluation evaluation) {
        List<ServicePeriod> municipal = ServiceLedger.merged(evaluation.input.servicePeriods()).stream()
                .filter(period -> period.category() == ServiceCategory.MUNICIPAL_LIS1).toList();
        // Two positions at once count at most full time a day, as in parts 2 and 3 (ServiceLedger).
        List<Overload> overloads = Overload.of(municipal);
        BigDecimal months = BigDecimal.ZERO;
        long daysBeforeSixDayRule = 0;
        boolean underSixDayRule = false;
        Wording tenPerCent = Wording.NONE;
        Wording sixDays = Wording.NONE;
        List<TraceItem> trace = new ArrayList<>();
        for (ServicePeriod period : municipal) {
            var range = period.range().until(evaluation.asOf);
            if (range.isEmpty()) {
                continue;
            }
            BigDecimal served = Overload.weighted(range.get(), period.share(), overloads);
            BigDecimal away = BigDecimal.ZERO;
            for (LocalDate day = range.get().from(); !day.isAfter(range.get().to()); day = day.plusDays(1)) {
                boolean early = day.isBefore(SIX_DAYS_FROM);
                if (early) {
                    daysBeforeSixDayRule++;
                } else {
                    underSixDayRule = true;
                }
                if (!absentAgainstAllowance(evaluation.input.absences(), day)) {
                    continue;
                }
                BigDecimal month = Overload.weighted(new DateRange(day, day), period.share(), overloads);
                away = away.add(month);
                if (early) {
                    tenPerCent = tenPerCent.plus(BigDecimal.ONE, month);
                } else {
                    sixDays = sixDays.plus(BigDecimal.ONE, month);
                }
            }
            months = months.add(served);
            trace.add(new TraceItem(Text.of("trace.period", Text.of("category." + period.category().name()),
                    range.get().from(), range.get().to(), period.positionPercent().stripTrailingZeros().toPlainString()), served, away.signum() > 0 ? Text.of("lis1.trace.absence", away) : null));
        }
        tenPerCent = new Wording(tenPerCent.days(), tenPerCent.months(),
                BigDecimal.valueOf(daysBeforeSixDayRule).multiply(TEN_PER_CENT));
        sixDays = new Wording(sixDays.days(), sixDays.months(), underSixDayRule ? SIX_DAYS : BigDecimal.ZERO);
        return new Served(months, tenPerCent, sixDays, trace);
    }

    /** Whether an absence on the day counts against the allowance under the wording in force that day. */
    static boolean absentAgainstAllowance(List<ReadinessInput.Absence> absences, LocalDate day) {
        for (ReadinessInput.Absence absence : absences) {
            if (!absence.from().isAfter(day) && !absence.to().isBefore(day) && deducted(absence.type(), day)) {
                return true;
            }
        }
        return false;
    }

    /** Whether absence of this type on this day is deducted beyond the allowance in part 1. */
    static boolean deducted(AbsenceType type, LocalDate day) {
        return switch (type) {
            case COURSE -> false;
            case HOLIDAY -> day.isBefore(SIX_DAYS_FROM);
            case COVID19 -> day.isBefore(COVID_NOT_DEDUCTED_FROM);
            case SICK_LEAVE, PARENTAL_LEAVE, LEAVE_OF_ABSENCE -> true;
        };
    }

    /** lis1.service: 6 months in the municipality, absence beyond the limit served again. */
    static final class Service extends DefinedRule {

        Service() {
            super("lis1.service", Unit.MONTHS,
                    "Spesialistforskriften § 2 (del 1: 12 måneder sykehus, 6 måneder kommune) og § 31",
                    "Seks måneders tjeneste i kommunen, forholdsmessig ved deltid; fravær ut over grensen må tjenestegjøres i tillegg.");
        }

        @Override
        public boolean met(Evaluation evaluation) {
            return served(evaluation).counted().compareTo(MUNICIPAL_MONTHS) >= 0;
        }

        @Override
        public RequirementResult evaluate(Evaluation evaluation) {
            Served served = served(evaluation);
            BigDecimal remaining = served.remaining();
            Text explanation = Text.join(Text.of("lis1.service.summary", served.months()),
                    remaining.signum() > 0 ? Text.of("lis1.service.remaining", remaining) : null);
            return result(served.counted(), MUNICIPAL_MONTHS, explanation, served.trace());
        }
    }

    /** lis1.absence: absence within the limit, or the remaining service it caused already served. */
    static final class Absence extends DefinedRule {

        Absence() {
            super("lis1.absence", Unit.DAYS,
                    ABSENCE_REFERENCE,
                    "Fravær som ikke teller (fra 21. juni 2019: alt unntatt kurs og ferie) høyst seks dager i "
                    + "kommunedelen; ellers er tjenesten ikke fullført før resttjenesten er tatt igjen.");
        }

        @Override
        public RequirementResult evaluate(Evaluation evaluation) {
            Served served = served(evaluation);
            BigDecimal remaining = served.remaining();
            boolean withinLimit = remaining.signum() == 0;
            boolean madeUp = served.counted().compareTo(MUNICIPAL_MONTHS) >= 0;
            Text explanation = Text.join(Text.of("lis1.absence.summary", served.absentDays(), served.allowanceDays()),
                    served.tenPerCent().allowanceDays().signum() > 0 ? Text.of("lis1.absence.before2019") : null,
                    withinLimit ? null : Text.of(madeUp ? "lis1.absence.madeUp" : "lis1.absence.left", remaining));
            return new RequirementResult(id(), withinLimit || madeUp ? Status.MET : Status.NOT_MET, served.absentDays(),
                    served.allowanceDays(), unit(), reference(), explanation, served.trace());
        }
    }

    /** lis1.hospitalPartComplete: the prerequisite for the municipal part. */
    static final class HospitalPart extends DefinedRule {

        HospitalPart() {
            super("lis1.hospitalPartComplete", Unit.COUNT,
                    "Helsedirektoratet, LIS1 i kommunen: sykehusdelen med godkjente læringsmål må være fullført først",
                    "Sykehusdelen (12 måneder, læringsmålene godkjent) er fullført før kommuneperioden begynner.");
        }

        @Override
        public RequirementResult evaluate(Evaluation evaluation) {
            var completed = evaluation.input.hospitalPartCompleted();
            if (completed == null) {
                return new RequirementResult(id(), Status.UNDETERMINED, null, BigDecimal.ONE, unit(), reference(),
                        Text.of("lis1.hospital.unknown"), List.of());
            }
            var firstMunicipal = evaluation.input.servicePeriods().stream()
                    .filter(period -> period.category() == ServiceCategory.MUNICIPAL_LIS1)
                    .map(ServicePeriod::from).min(java.time.LocalDate::compareTo);
            boolean inOrder = firstMunicipal.map(start -> completed.isBefore(start)).orElse(true)
                    && !completed.isAfter(evaluation.asOf);
            Text explanation = Text.join(Text.of("lis1.hospital.completed", completed),
                    inOrder ? null : Text.of("lis1.hospital.outOfOrder"));
            return new RequirementResult(id(), inOrder ? Status.MET : Status.NOT_MET, inOrder ? BigDecimal.ONE : BigDecimal.ZERO,
                    BigDecimal.ONE, unit(), reference(), explanation, List.of());
        }
    }
}
