package no.veiviser.requirements;

import static no.veiviser.requirements.Evaluation.number;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import no.veiviser.requirements.ReadinessInput.ServiceCategory;
import no.veiviser.requirements.ReadinessInput.ServicePeriod;

/** The service-time rules of ALIS part 3 (spesialistforskriften § 2 and § 31; the Drammen plan kap. 4 and 10). */
final class AlisServiceRules {

    static final BigDecimal OPEN_PRACTICE_CAP = BigDecimal.valueOf(54);
    static final BigDecimal OTHER_GP_CAP = BigDecimal.valueOf(30);
    /**
     * Drammen's reading (kap. 4): institution service, another specialty and research count at most
     * 21 months together. § 31 fifth paragraph lets another specialty count up to three years and
     * three months; the reading is the parameter {@code otherServiceCapMonths}, default 21.
     */
    static final BigDecimal DRAMMEN_OTHER_SERVICE_CAP = BigDecimal.valueOf(21);
    static final BigDecimal FLOOR_PERCENT = BigDecimal.valueOf(50);
    /**
     * § 8 fourth paragraph lost its 50 % floor on 1 January 2025 (FOR-2024-12-16-3129): service from
     * that day counts towards the two years whatever the share. The ledger splits stretches there.
     */
    static final LocalDate FLOOR_REPEALED = LocalDate.of(2025, 1, 1);

    private AlisServiceRules() {
    }

    static boolean openPractice(ServicePeriod period) {
        return period.category() == ServiceCategory.OPEN_PRACTICE;
    }

    /**
     * Open practice that counts towards the 2 years: before 2025 at least 50 % or with
     * Helsedirektoratet's exemption; from 1 January 2025 any share.
     */
    static boolean qualifyingOpenPractice(ServicePeriod period) {
        return openPractice(period) && (period.exemption50() || period.positionPercent().compareTo(FLOOR_PERCENT) >= 0
                || !period.from().isBefore(FLOOR_REPEALED));
    }

    /** How § 31's allowance was used, for the explanation; null without other absence. */
    static Text absence(AbsenceAllowance allowance) {
        if (allowance.absence().signum() == 0) {
            return null;
        }
        return Text.of("absence.allowance", allowance.absence(), allowance.allowance(), allowance.educationTime(),
                allowance.deducted());
    }

    static List<TraceItem> trace(Evaluation evaluation, Predicate<ServicePeriod> filter) {
        return evaluation.ledger.trace(filter);
    }

    /** service.total: 60 months, with open practice at most 54, other GP service 30, institution + other specialty + research 21. */
    static final class Total extends DefinedRule {

        Total() {
            super("service.total", Unit.MONTHS,
                    "Spesialistforskriften § 2 og § 31; Drammen kommunes utdanningsplan kap. 4 og 10",
                    "Fem års tellende tjeneste i del 3, der åpen uselektert praksis teller høyst 54 måneder, annen "
                    + "allmennmedisinsk tjeneste høyst 30 og institusjon, annen spesialitet og forskning til sammen høyst 21.");
        }

        /** The counted part-3 months after the caps. */
        static BigDecimal have(Evaluation evaluation) {
            return open(evaluation).min(OPEN_PRACTICE_CAP).add(otherGp(evaluation).min(OTHER_GP_CAP))
                    .add(institutionAndOther(evaluation).min(evaluation.parameters.otherServiceCapMonths()));
        }

        private static BigDecimal open(Evaluation evaluation) {
            return evaluation.ledger.months(AlisServiceRules::openPractice);
        }

        private static BigDecimal otherGp(Evaluation evaluation) {
            return evaluation.ledger.months(period -> period.category() == ServiceCategory.OTHER_GP_SERVICE);
        }

        private static BigDecimal institutionAndOther(Evaluation evaluation) {
            return evaluation.ledger.months(period -> ServiceLedger.PART_THREE_CAPPED.contains(period.category()));
        }

        @Override
        public boolean met(Evaluation evaluation) {
            return have(evaluation).compareTo(BigDecimal.valueOf(60)) >= 0;
        }

        @Override
        public RequirementResult evaluate(Evaluation evaluation) {
            BigDecimal open = open(evaluation);
            BigDecimal otherGp = otherGp(evaluation);
            BigDecimal institutionAndOther = institutionAndOther(evaluation);
            BigDecimal have = have(evaluation);
            BigDecimal notCounted = evaluation.ledger.months(period -> period.category() == ServiceCategory.COMMUNITY_MEDICINE
                    || period.category() == ServiceCategory.MUNICIPAL_LIS1);
            Text explanation = Text.join(Text.of("service.total.summary", open, otherGp, institutionAndOther,
                            evaluation.parameters.otherServiceCapMonths()),
                    notCounted.signum() > 0 ? Text.of("service.total.notCounted", notCounted) : null,
                    absence(evaluation.ledger.allowance()));
            return result(have, BigDecimal.valueOf(60), explanation, trace(evaluation, period -> true));
        }
    }

    /** service.openPractice: 24 months of open unselected practice at ≥ 50 % (or with exemption). */
    static final class OpenPractice extends DefinedRule {

        OpenPractice() {
            super("service.openPractice", Unit.MONTHS,
                    "Spesialistforskriften § 2 fjerde ledd og § 8 (50 % stilling), § 31",
                    "Minst to år i åpen uselektert allmennpraksis, regnet forholdsmessig, bare fra perioder i minst 50 % "
                    + "stilling med mindre Helsedirektoratet har gitt unntak.");
        }

        @Override
        public boolean met(Evaluation evaluation) {
            return evaluation.ledger.months(AlisServiceRules::qualifyingOpenPractice).compareTo(BigDecimal.valueOf(24)) >= 0;
        }

        @Override
        public RequirementResult evaluate(Evaluation evaluation) {
            BigDecimal have = evaluation.ledger.months(AlisServiceRules::qualifyingOpenPractice);
            BigDecimal below = evaluation.ledger.months(period -> openPractice(period) && !qualifyingOpenPractice(period));
            Text explanation = Text.join(Text.of("service.openPractice.summary", have),
                    below.signum() > 0 ? Text.of("service.openPractice.below", below) : null);
            return result(have, BigDecimal.valueOf(24), explanation, trace(evaluation, AlisServiceRules::openPractice));
        }
    }

    /** service.institution: 6 months (a requirement or, by parameter, a recommendation). */
    static final class Institution extends DefinedRule {

        Institution() {
            super("service.institution", Unit.MONTHS,
                    "Læringsmål ALM-055 og ALM-085; alis.no; Drammen kommunes utdanningsplan kap. 4",
                    "Minst seks måneders institusjonstjeneste, regnet forholdsmessig; et krav eller, etter parameter, en anbefaling.");
        }

        @Override
        public boolean met(Evaluation evaluation) {
            return !Boolean.TRUE.equals(evaluation.parameters.institutionServiceRequired())
                    || evaluation.ledger.months(period -> period.category() == ServiceCategory.INSTITUTION)
                    .compareTo(BigDecimal.valueOf(6)) >= 0;
        }

        @Override
        public RequirementResult evaluate(Evaluation evaluation) {
            Predicate<ServicePeriod> institution = period -> period.category() == ServiceCategory.INSTITUTION;
            BigDecimal have = evaluation.ledger.months(institution);
            BigDecimal need = BigDecimal.valueOf(6);
            Text explanation = Text.of("service.institution.summary", have);
            if (!Boolean.TRUE.equals(evaluation.parameters.institutionServiceRequired()) && have.compareTo(need) < 0) {
                return new RequirementResult(id(), Status.MET, have, need, unit(), reference(),
                        Text.join(explanation, Text.of("service.institution.recommendation")), trace(evaluation, institution));
            }
            return result(have, need, explanation, trace(evaluation, institution));
        }
    }
}
