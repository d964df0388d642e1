package no.veiviser.requirements;

import static no.veiviser.requirements.Evaluation.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.time.LocalDate;
import no.veiviser.requirements.ReadinessInput.GroupGuidance;
import no.veiviser.requirements.ReadinessInput.ServiceCategory;
import no.veiviser.requirements.ReadinessInput.ServicePeriod;

/** Individual guidance, group guidance and joint consultations (ALIS; individual and group also SamLIS). */
final class GuidanceRules {

    private GuidanceRules() {
    }

    /**
     * One wording of § 2 third paragraph on individual guidance in allmennmedisin, from its first day
     * until the next wording's.
     *
     * @param hoursPerMonth    what the wording asks for a month of full-time service
     * @param registeredOnly   whether only practical service at a registered education organisation
     *                         (the municipality: open practice and other GP service) carries the need
     */
    record GuidanceWording(LocalDate from, LocalDate until, BigDecimal hoursPerMonth, boolean registeredOnly,
                           String act, String wording) {

        boolean covers(ServicePeriod period) {
            return !period.from().isBefore(from) && (until == null || period.from().isBefore(until))
                    && (registeredOnly ? AT_REGISTERED_ORGANISATION : PRACTICAL_SERVICE).contains(period.category());
        }
    }

    private static final BigDecimal TEN_AND_A_HALF_TWELFTHS = new BigDecimal("10.5").divide(BigDecimal.valueOf(12));

    /** The wordings of § 2 third paragraph, oldest first; each judges the service in its own period. */
    static final List<GuidanceWording> ALIS_GUIDANCE = List.of(
            new GuidanceWording(LocalDate.of(2019, 3, 1), LocalDate.of(2021, 1, 1),
                    BigDecimal.valueOf(3).multiply(TEN_AND_A_HALF_TWELFTHS), false, "FOR-2019-02-26-145",
                    "i gjennomsnitt minimum tre timer per måned i 10,5 av årets måneder"),
            new GuidanceWording(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 1),
                    BigDecimal.valueOf(4).multiply(TEN_AND_A_HALF_TWELFTHS), false, "FOR-2020-12-09-2780",
                    "i gjennomsnitt minimum fire timer per måned i 10,5 av årets måneder"),
            new GuidanceWording(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 1, 1),
                    BigDecimal.valueOf(4).multiply(TEN_AND_A_HALF_TWELFTHS), true, "FOR-2021-12-21-3790",
                    "i gjennomsnitt minimum fire timer per måned i 10,5 av årets måneder i den tid lege i "
                    + "spesialisering har praktisk tjeneste i en registrert utdanningsvirksomhet"),
            new GuidanceWording(LocalDate.of(2025, 1, 1), null,
                    BigDecimal.valueOf(42).divide(BigDecimal.valueOf(12)), true, "FOR-2024-12-16-3129",
                    "jevnlig og i gjennomsnitt tilsvare minimum 42 timer per år i den tid lege i spesialisering har "
                    + "praktisk tjeneste i en registrert utdanningsvirksomhet"));

    /** The wording of § 2 on guidance in force on the day (the first one before it took effect). */
    static GuidanceWording wordingOn(LocalDate day) {
        return ALIS_GUIDANCE.stream().filter(wording -> !wording.from().isAfter(day)).reduce((older, newer) -> newer)
                .orElse(ALIS_GUIDANCE.get(0));
    }

    /** Practical service in part 3 (research is not practical service). */
    private static final java.util.Set<ServiceCategory> PRACTICAL_SERVICE = java.util.EnumSet.of(
            ServiceCategory.OPEN_PRACTICE, ServiceCategory.OTHER_GP_SERVICE, ServiceCategory.INSTITUTION,
            ServiceCategory.OTHER_SPECIALTY);

    /** Practical service at the registered education organisation, the municipality (§ 19 second paragraph). */
    private static final java.util.Set<ServiceCategory> AT_REGISTERED_ORGANISATION = java.util.EnumSet.of(
            ServiceCategory.OPEN_PRACTICE, ServiceCategory.OTHER_GP_SERVICE);

    /**
     * guidance.individual for ALIS: the sum, over the wordings of § 2, of the counted months each wording
     * covers times the hours it asks — a stretch is judged by the wording in force on its days (the
     * ledger splits stretches where a wording changes). A converted doctor's guidance is required from
     * her conversion date.
     */
    static final class AlisIndividual extends DefinedRule {

        AlisIndividual() {
            super("guidance.individual", Unit.HOURS, "Spesialistforskriften § 2 tredje ledd, i ordlyden som gjaldt i "
                    + "hver periode (FOR-2019-02-26-145, FOR-2020-12-09-2780, FOR-2021-12-21-3790, FOR-2024-12-16-3129)",
                    "Behovet er summen over periodene av tellende måneder × timene ordlyden i perioden krever; fra "
                    + "1. januar 2022 bare for praktisk tjeneste i registrert utdanningsvirksomhet.");
        }

        @Override
        public RequirementResult evaluate(Evaluation evaluation) {
            LocalDate start = evaluation.input.convertedOn();
            BigDecimal need = BigDecimal.ZERO;
            List<TraceItem> trace = new ArrayList<>();
            List<Text> periods = new ArrayList<>();
            for (GuidanceWording wording : ALIS_GUIDANCE) {
                BigDecimal months = evaluation.ledger.entries(wording::covers).stream()
                        .filter(entry -> start == null || !entry.period().from().isBefore(start))
                        .map(ServiceLedger.Entry::months).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (months.signum() == 0) {
                    continue;
                }
                BigDecimal hours = months.multiply(wording.hoursPerMonth());
                need = need.add(hours);
                Text period = wording.until() == null ? Text.of("trace.wordingOpen", wording.from(), wording.act())
                        : Text.of("trace.wording", wording.from(), wording.until().minusDays(1), wording.act());
                trace.add(new TraceItem(period, hours,
                        Text.of("guidance.alis.trace", months, wording.hoursPerMonth(), wording.wording())));
                periods.add(wording.until() == null
                        ? Text.of("guidance.alis.periodOpen", wording.from(), months, wording.hoursPerMonth())
                        : Text.of("guidance.alis.period", wording.from(), wording.until().minusDays(1), months,
                                wording.hoursPerMonth()));
            }
            BigDecimal have = BigDecimal.ZERO;
            for (var session : evaluation.input.guidanceSessions()) {
                if (!session.date().isAfter(evaluation.asOf)) {
                    have = have.add(session.hours());
                    trace.add(new TraceItem(Text.of("trace.session", session.date()), session.hours(), null));
                }
            }
            periods.add(0, Text.of("guidance.alis.summary", have, need));
            if (start != null) {
                periods.add(Text.of("guidance.alis.converted", start));
            }
            Text explanation = Text.join(periods.toArray(Text[]::new));
            return result(have, need, explanation, trace);
        }
    }

    /** guidance.individual: counted service months × hours per month × 10.5 / 12. */
    static final class Individual extends DefinedRule {

        private final Function<Evaluation, BigDecimal> countedMonths;

        /** For SamLIS: no hour figure was found, so the parameter has no default and must be set. */
        static Individual samLis() {
            return new Individual("Spesialistforskriften § 25; samlis.no, individuell veiledning (ingen timetall funnet)",
                    SamLisRules::counted);
        }

        private Individual(String reference, Function<Evaluation, BigDecimal> countedMonths) {
            super("guidance.individual", Unit.HOURS, reference,
                    "Individuell veiledning i snitt i timer per måned (parameter) i 10,5 av årets 12 måneder, "
                    + "regnet av tellende tjenestetid.");
            this.countedMonths = countedMonths;
        }

        @Override
        public RequirementResult evaluate(Evaluation evaluation) {
            BigDecimal perMonth = evaluation.parameters.guidanceHoursPerMonth();
            if (perMonth == null) {
                return new RequirementResult(id(), Status.UNDETERMINED, null, null, unit(), reference(),
                        Text.of("guidance.samlis.parameterMissing"), List.of());
            }
            BigDecimal months = countedMonths.apply(evaluation);
            BigDecimal need = months.multiply(perMonth).multiply(new BigDecimal("10.5"))
                    .divide(BigDecimal.valueOf(12), DateRange.PRECISION);
            List<TraceItem> trace = new ArrayList<>();
            BigDecimal have = BigDecimal.ZERO;
            for (var session : evaluation.input.guidanceSessions()) {
                if (!session.date().isAfter(evaluation.asOf)) {
                    have = have.add(session.hours());
                    trace.add(new TraceItem(Text.of("trace.session", session.date()), session.hours(), null));
                }
            }
            Text explanation = Text.of("guidance.samlis.summary", have, months, perMonth, need);
            return result(have, need, explanation, trace);
        }
    }

    /** guidance.group.duration: months in a guidance group (ALIS 24, SamLIS 36). */
    static final class GroupDuration extends DefinedRule {

        private final BigDecimal need;

        GroupDuration(BigDecimal need, String reference) {
            super("guidance.group.duration", Unit.MONTHS, reference,
                    "Deltakelse i veiledningsgruppe i til sammen minst " + need + " måneder.");
            this.need = need;
        }

        @Override
        public RequirementResult evaluate(Evaluation evaluation) {
            BigDecimal have = BigDecimal.ZERO;
            for (DateRange range : memberships(evaluation)) {
                have = have.add(range.months());
            }
            return result(have, need, Text.of("guidance.group.duration", have),
                    memberships(evaluation).stream().map(range -> new TraceItem(Text.of("trace.group", range.from(), range.to()), range.months(), null)).toList());
        }
    }

    /** guidance.group.hours: group meeting hours (ALIS 120, SamLIS 90). */
    static final class GroupHours extends DefinedRule {

        private final BigDecimal need;

        GroupHours(BigDecimal need, String reference) {
            super("guidance.group.hours", Unit.HOURS, reference, "Minst " + need + " timer i veiledningsgruppe.");
            this.need = need;
        }

        @Override
        public RequirementResult evaluate(Evaluation evaluation) {
            BigDecimal have = BigDecimal.ZERO;
            List<TraceItem> trace = new ArrayList<>();
            for (GroupGuidance group : evaluation.input.groupGuidance()) {
                if (!group.from().isAfter(evaluation.asOf)) {
                    have = have.add(group.hours());
                    trace.add(new TraceItem(Text.of("trace.group", group.from(), group.to()), group.hours(), null));
                }
            }
            return result(have, need, Text.of("guidance.group.hours", have), trace);
        }
    }

    /** guidance.group.concurrentOpenPractice: 12 months of group membership during open practice. */
    static final class GroupConcurrentOpenPractice extends DefinedRule {

        GroupConcurrentOpenPractice() {
            super("guidance.group.concurrentOpenPractice", Unit.MONTHS,
                    "Drammen kommunes utdanningsplan kap. 5.2; alis.no, gjennomføring av spesialistutdanningen",
                    "Minst ett av de to årene i veiledningsgruppe samtidig med åpen uselektert praksis (kalendertid).");
        }

        @Override
        public RequirementResult evaluate(Evaluation evaluation) {
            List<DateRange> practice = ServiceLedger.union(evaluation.ledger.entries(AlisServiceRules::openPractice).stream()
                    .filter(entry -> entry.counted() != null).map(ServiceLedger.Entry::counted).toList());
            BigDecimal have = BigDecimal.ZERO;
            List<TraceItem> trace = new ArrayList<>();
            for (DateRange group : memberships(evaluation)) {
                for (DateRange open : practice) {
                    var overlap = group.intersection(open);
                    if (overlap.isPresent()) {
                        have = have.add(overlap.get().months());
                        trace.add(new TraceItem(Text.of("trace.range", overlap.get().from(), overlap.get().to()),
                                overlap.get().months(), null));
                    }
                }
            }
            return result(have, BigDecimal.valueOf(12), Text.of("guidance.group.concurrent", have), trace);
        }
    }

    /** supervision.jointConsultations: 10 joint consultations with a supervisor. */
    static final class JointConsultations extends DefinedRule {

        JointConsultations() {
            super("supervision.jointConsultations", Unit.COUNT,
                    "Drammen kommunes utdanningsplan kap. 5.1 og 10 (ALM-042–050, ALM-063)",
                    "Minst 10 felleskonsultasjoner med supervisør.");
        }

        @Override
        public RequirementResult evaluate(Evaluation evaluation) {
            List<TraceItem> trace = evaluation.input.jointConsultations().stream()
                    .filter(consultation -> !consultation.date().isAfter(evaluation.asOf))
                    .map(consultation -> new TraceItem(Text.of("trace.consultation", consultation.date()), BigDecimal.ONE, null)).toList();
            return result(BigDecimal.valueOf(trace.size()), BigDecimal.TEN, Text.of("supervision.joint", trace.size()), trace);
        }
    }

    /** Group memberships up to the day, joined where they overlap. */
    private static List<DateRange> memberships(Evaluation evaluation) {
        return ServiceLedger.union(evaluation.input.groupGuidance().stream()
                .map(group -> group.range().until(evaluation.asOf)).flatMap(java.util.Optional::stream).toList());
    }
}
