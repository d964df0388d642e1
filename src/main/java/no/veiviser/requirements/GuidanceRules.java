package no.veiviser.requirements;

import static no.veiviser.requirements.Evaluation.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import no.veiviser.requirements.ReadinessInput.GroupGuidance;

/** Individual guidance, group guidance and joint consultations (ALIS; individual and group also SamLIS). */
final class GuidanceRules {

    private GuidanceRules() {
    }

    /** guidance.individual: counted service months × hours per month × 10.5 / 12. */
    static final class Individual extends DefinedRule {

        private final Function<Evaluation, BigDecimal> countedMonths;

        /** For ALIS: hours per month from the parameter (default 4), of the counted part-3 months. */
        static Individual alis() {
            return new Individual("Spesialistforskriften § 2 (3 timer i 10,5 av årets måneder); departementets "
                    + "kommentar og Drammen kommunes utdanningsplan kap. 5.3 (4 timer)", AlisServiceRules.Total::have);
        }

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
                        "Kildene gir ikke noe timetall for individuell veiledning i denne utdanningen; sett parameteren "
                        + "guidanceHoursPerMonth for å vurdere kravet.", List.of());
            }
            BigDecimal months = countedMonths.apply(evaluation);
            BigDecimal need = months.multiply(perMonth).multiply(new BigDecimal("10.5"))
                    .divide(BigDecimal.valueOf(12), DateRange.PRECISION);
            List<TraceItem> trace = new ArrayList<>();
            BigDecimal have = BigDecimal.ZERO;
            for (var session : evaluation.input.guidanceSessions()) {
                if (!session.date().isAfter(evaluation.asOf)) {
                    have = have.add(session.hours());
                    trace.add(new TraceItem(TraceText.date(session.date()), session.hours(), null));
                }
            }
            String explanation = number(have) + " timer individuell veiledning holdt; " + number(months) + " tellende mnd × "
                    + number(perMonth) + " t × 10,5/12 gir behov for " + number(need) + " timer.";
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
            return result(have, need, "Medlem av veiledningsgruppe i " + number(have) + " mnd.",
                    memberships(evaluation).stream().map(range -> new TraceItem(range.toString(), range.months(), null)).toList());
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
                    trace.add(new TraceItem(group.range().toString(), group.hours(), null));
                }
            }
            return result(have, need, number(have) + " timer i veiledningsgruppe.", trace);
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
                        trace.add(new TraceItem(overlap.get().toString(), overlap.get().months(), null));
                    }
                }
            }
            return result(have, BigDecimal.valueOf(12), number(have) + " mnd i veiledningsgruppe samtidig med åpen "
                    + "uselektert praksis.", trace);
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
                    .map(consultation -> new TraceItem(consultation.date().toString(), BigDecimal.ONE, null)).toList();
            return result(BigDecimal.valueOf(trace.size()), BigDecimal.TEN, trace.size() + " felleskonsultasjoner.", trace);
        }
    }

    /** Group memberships up to the day, joined where they overlap. */
    private static List<DateRange> memberships(Evaluation evaluation) {
        return ServiceLedger.union(evaluation.input.groupGuidance().stream()
                .map(group -> group.range().until(evaluation.asOf)).flatMap(java.util.Optional::stream).toList());
    }
}
