package no.veiviser.requirements;

import static no.veiviser.requirements.Evaluation.number;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import no.veiviser.requirements.ReadinessInput.ServiceCategory;
import no.veiviser.requirements.ReadinessInput.ServicePeriod;

/**
 * The service-time rules of SamLIS (samfunnsmedisin, part 3): five years, of which at least four in
 * community-medicine work and about one in clinical service in primary or specialist care (samlis.no,
 * gjennomføring av spesialistutdanningen; Utposten 2022/2).
 */
final class SamLisRules {

    static final BigDecimal TOTAL = BigDecimal.valueOf(60);
    static final BigDecimal COMMUNITY_MEDICINE = BigDecimal.valueOf(48);
    /** "About one year" in the sources; read as 12 months (dated 2026-11-22, docs/rules/SAMLIS.md). */
    static final BigDecimal CLINICAL = BigDecimal.valueOf(12);

    /** Clinical service in primary or specialist care. */
    static final Set<ServiceCategory> CLINICAL_CATEGORIES = EnumSet.of(ServiceCategory.OPEN_PRACTICE,
            ServiceCategory.OTHER_GP_SERVICE, ServiceCategory.INSTITUTION, ServiceCategory.OTHER_SPECIALTY);

    private static final String REFERENCE = "Spesialistforskriften § 2 og § 31; samlis.no, gjennomføring av "
            + "spesialistutdanningen";

    private SamLisRules() {
    }

    static boolean communityMedicine(ServicePeriod period) {
        return period.category() == ServiceCategory.COMMUNITY_MEDICINE;
    }

    static boolean clinical(ServicePeriod period) {
        return CLINICAL_CATEGORIES.contains(period.category());
    }

    /** Whether service of this kind counts towards SamLIS's five years (and so is its education time). */
    static boolean countsTowardsFiveYears(ServiceCategory category) {
        return category == ServiceCategory.COMMUNITY_MEDICINE || CLINICAL_CATEGORIES.contains(category);
    }

    /** The counted months: community medicine and clinical service; research and LIS1 do not count. */
    static BigDecimal counted(Evaluation evaluation) {
        return evaluation.ledger.months(period -> communityMedicine(period) || clinical(period));
    }

    /** service.total for SamLIS: 60 counted months. */
    static final class Total extends DefinedRule {

        Total() {
            super("service.total", Unit.MONTHS, REFERENCE,
                    "Fem års tellende tjeneste: samfunnsmedisinsk arbeid og klinisk tjeneste i primær- eller "
                    + "spesialisthelsetjenesten, regnet forholdsmessig.");
        }

        @Override
        public boolean met(Evaluation evaluation) {
            return counted(evaluation).compareTo(TOTAL) >= 0;
        }

        @Override
        public RequirementResult evaluate(Evaluation evaluation) {
            BigDecimal have = counted(evaluation);
            BigDecimal notCounted = evaluation.ledger.months(period -> !communityMedicine(period) && !clinical(period));
            Text explanation = Text.join(Text.of("samlis.total.summary", have),
                    notCounted.signum() > 0 ? Text.of("samlis.total.notCounted", notCounted) : null,
                    AlisServiceRules.absence(evaluation.ledger.allowance()));
            return result(have, TOTAL, explanation, evaluation.ledger.trace(period -> true));
        }
    }

    /** samlis.communityMedicine: at least 48 months of community-medicine work. */
    static final class CommunityMedicine extends MonthsOf {

        CommunityMedicine() {
            super("samlis.communityMedicine", "Minst fire år i samfunnsmedisinsk arbeid, regnet forholdsmessig.",
                    COMMUNITY_MEDICINE, SamLisRules::communityMedicine);
        }
    }

    /** samlis.clinical: about one year (12 months) of clinical service. */
    static final class Clinical extends MonthsOf {

        Clinical() {
            super("samlis.clinical", "Om lag ett år (her 12 måneder) klinisk tjeneste i primær- eller "
                    + "spesialisthelsetjenesten, regnet forholdsmessig.", CLINICAL, SamLisRules::clinical);
        }
    }

    /** Months of the periods a filter picks, against a fixed need. */
    private abstract static class MonthsOf extends DefinedRule {

        private final BigDecimal need;
        private final Predicate<ServicePeriod> filter;

        /** The explanation is the text {@code <id>.summary}. */
        MonthsOf(String id, String interpretation, BigDecimal need, Predicate<ServicePeriod> filter) {
            super(id, Unit.MONTHS, REFERENCE, interpretation);
            this.need = need;
            this.filter = filter;
        }

        @Override
        public boolean met(Evaluation evaluation) {
            return evaluation.ledger.months(filter).compareTo(need) >= 0;
        }

        @Override
        public RequirementResult evaluate(Evaluation evaluation) {
            BigDecimal have = evaluation.ledger.months(filter);
            return result(have, need, Text.of(id() + ".summary", have), evaluation.ledger.trace(filter));
        }
    }
}
