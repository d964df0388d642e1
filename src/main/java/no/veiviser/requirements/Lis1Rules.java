package no.veiviser.requirements;

import static no.veiviser.requirements.Evaluation.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.veiviser.requirements.ReadinessInput.AbsenceType;
import no.veiviser.requirements.ReadinessInput.ServiceCategory;
import no.veiviser.requirements.ReadinessInput.ServicePeriod;

/**
 * LIS1's municipal part: 6 months after a completed hospital part. Absence of every kind except
 * courses (holiday too, since 1 March 2019) up to the limit (10 %) counts as service; beyond it the
 * service is extended by the excess, the remaining service (resttjeneste).
 */
final class Lis1Rules {

    static final BigDecimal MUNICIPAL_MONTHS = BigDecimal.valueOf(6);
    private static final String ABSENCE_REFERENCE = "Spesialistforskriften § 31; Helsedirektoratet, LIS1 fravær (høyst 10 %, "
            + "ferie regnes som fravær fra 1. mars 2019)";

    private Lis1Rules() {
    }

    /** Months served in the municipal part up to the day, and months of absence in them, both times the share. */
    record Served(BigDecimal months, BigDecimal absence, List<TraceItem> trace) {

        BigDecimal limit(Parameters parameters) {
            return MUNICIPAL_MONTHS.multiply(parameters.lis1AbsenceLimitPercent()).movePointLeft(2);
        }

        /** The absence beyond the limit, which must be served again. */
        BigDecimal remaining(Parameters parameters) {
            return absence.subtract(limit(parameters)).max(BigDecimal.ZERO);
        }

        BigDecimal counted(Parameters parameters) {
            return months.subtract(remaining(parameters));
        }
    }

    static Served served(Evaluation evaluation) {
        List<DateRange> absent = ServiceLedger.union(evaluation.input.absences().stream()
                .filter(absence -> absence.type() != AbsenceType.COURSE).map(ReadinessInput.Absence::range).toList());
        BigDecimal months = BigDecimal.ZERO;
        BigDecimal absence = BigDecimal.ZERO;
        List<TraceItem> trace = new ArrayList<>();
        List<ServicePeriod> municipal = ServiceLedger.merged(evaluation.input.servicePeriods()).stream()
                .filter(period -> period.category() == ServiceCategory.MUNICIPAL_LIS1).toList();
        // Two positions at once count at most full time a day, as in parts 2 and 3 (ServiceLedger).
        List<ServiceLedger.Overload> overloads = ServiceLedger.Overload.of(municipal);
        for (ServicePeriod period : municipal) {
            var range = period.range().until(evaluation.asOf);
            if (range.isEmpty()) {
                continue;
            }
            BigDecimal served = ServiceLedger.Overload.weighted(range.get(), period.share(), overloads);
            BigDecimal away = BigDecimal.ZERO;
            for (DateRange off : absent) {
                var overlap = off.intersection(range.get());
                if (overlap.isPresent()) {
                    away = away.add(ServiceLedger.Overload.weighted(overlap.get(), period.share(), overloads));
                }
            }
            months = months.add(served);
            absence = absence.add(away);
            trace.add(new TraceItem("MUNICIPAL_LIS1 " + range.get() + " " + period.positionPercent().stripTrailingZeros().toPlainString()
                    + " %", served, away.signum() > 0 ? "fravær " + number(away) + " mnd" : null));
        }
        return new Served(months, absence, trace);
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
            return served(evaluation).counted(evaluation.parameters).compareTo(MUNICIPAL_MONTHS) >= 0;
        }

        @Override
        public RequirementResult evaluate(Evaluation evaluation) {
            Served served = served(evaluation);
            BigDecimal remaining = served.remaining(evaluation.parameters);
            String explanation = number(served.months()) + " mnd tjeneste i kommunen."
                    + (remaining.signum() > 0 ? " Fravær ut over grensen, " + number(remaining) + " mnd, teller ikke og må tas igjen." : "");
            return result(served.counted(evaluation.parameters), MUNICIPAL_MONTHS, explanation, served.trace());
        }
    }

    /** lis1.absence: absence within the limit, or the remaining service it caused already served. */
    static final class Absence extends DefinedRule {

        Absence() {
            super("lis1.absence", Unit.MONTHS,
                    ABSENCE_REFERENCE,
                    "Fravær (alt unntatt kurs) i kommuneperioden høyst 10 % av seks måneder; ellers er tjenesten ikke "
                    + "fullført før resttjenesten er tatt igjen.");
        }

        @Override
        public RequirementResult evaluate(Evaluation evaluation) {
            Served served = served(evaluation);
            BigDecimal limit = served.limit(evaluation.parameters);
            BigDecimal remaining = served.remaining(evaluation.parameters);
            boolean withinLimit = remaining.signum() == 0;
            boolean madeUp = served.counted(evaluation.parameters).compareTo(MUNICIPAL_MONTHS) >= 0;
            String explanation = "Fravær " + number(served.absence()) + " mnd mot en grense på " + number(limit) + " mnd."
                    + (withinLimit ? "" : " Resttjeneste " + number(remaining) + " mnd" + (madeUp ? " er tatt igjen." : " gjenstår."));
            return new RequirementResult(id(), withinLimit || madeUp ? Status.MET : Status.NOT_MET, served.absence(), limit,
                    unit(), reference(), explanation, served.trace());
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
                        "Det er ikke oppgitt når sykehusdelen ble fullført.", List.of());
            }
            var firstMunicipal = evaluation.input.servicePeriods().stream()
                    .filter(period -> period.category() == ServiceCategory.MUNICIPAL_LIS1)
                    .map(ServicePeriod::from).min(java.time.LocalDate::compareTo);
            boolean inOrder = firstMunicipal.map(start -> completed.isBefore(start)).orElse(true)
                    && !completed.isAfter(evaluation.asOf);
            String explanation = "Sykehusdelen fullført " + completed + "."
                    + (inOrder ? "" : " Kommuneperioden begynte før sykehusdelen var fullført, eller datoen er etter asOf.");
            return new RequirementResult(id(), inOrder ? Status.MET : Status.NOT_MET, inOrder ? BigDecimal.ONE : BigDecimal.ZERO,
                    BigDecimal.ONE, unit(), reference(), explanation, List.of());
        }
    }
}
