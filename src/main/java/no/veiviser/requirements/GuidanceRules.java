package no.veiviser.requirements;

import static no.veiviser.requirements.Evaluation.number;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.veiviser.requirements.ReadinessInput.GroupGuidance;

/** Individual guidance, group guidance and joint consultations for ALIS. */
final class GuidanceRules {

    private GuidanceRules() {
    }

    /** guidance.individual: counted service months × hours per month × 10.5 / 12. */
    static final class Individual extends DefinedRule {

        Individual() {
            super("guidance.individual", Unit.HOURS,
                    "Spesialistforskriften § 2 (3 timer i 10,5 av årets måneder); departementets kommentar og Drammen "
                    + "kommunes utdanningsplan kap. 5.3 (4 timer)",
                    "Individuell veiledning i snitt i timer per måned (parameter, standard 4) i 10,5 av årets 12 måneder, "
                    + "regnet av tellende tjenestetid.");
        }

        @Override
        public RequirementResult evaluate(Evaluation evaluation) {
            BigDecimal months = AlisServiceRules.Total.have(evaluation);
            BigDecimal perMonth = evaluation.parameters.guidanceHoursPerMonth();
            BigDecimal need = months.multiply(perMonth).multiply(new BigDecimal("10.5"))
                    .divide(BigDecimal.valueOf(12), DateRange.PRECISION);
            List<TraceItem> trace = new ArrayList<>();
            BigDecimal have = BigDecimal.ZERO;
            for (var session : evaluation.input.guidanceSessions()) {
                if (!session.date().isAfter(evaluation.asOf)) {
                    have = have.add(session.hours());
                    trace.add(new TraceItem(session.date().toString(), session.hours(), null));
                }
            }
            String explanation = number(have) + " timer individuell veiledning holdt; " + number(months) + " tellende mnd × "
                    + number(perMonth) + " t × 10,5/12 gir behov for " + number(need) + " timer.";
            return result(have, need, explanation, trace);
        }
    }

    /** guidance.group.duration: 24 months in a guidance group. */
    static final class GroupDuration extends DefinedRule {

        GroupDuration() {
            super("guidance.group.duration", Unit.MONTHS,
                    "Spesialistforskriften § 2 (veiledningsgruppe over to år)",
                    "Deltakelse i veiledningsgruppe i til sammen minst 24 måneder.");
        }

        @Override
        public RequirementResult evaluate(Evaluation evaluation) {
            BigDecimal have = BigDecimal.ZERO;
            for (DateRange range : memberships(evaluation)) {
                have = have.add(range.months());
            }
            return result(have, BigDecimal.valueOf(24), "Medlem av veiledningsgruppe i " + number(have) + " mnd.",
                    memberships(evaluation).stream().map(range -> new TraceItem(range.toString(), range.months(), null)).toList());
        }
    }

    /** guidance.group.hours: 120 group meeting hours. */
    static final class GroupHours extends DefinedRule {

        GroupHours() {
            super("guidance.group.hours", Unit.HOURS,
                    "Spesialistforskriften § 2; Legeforeningen, veiledningsgrupper i allmennmedisin (120 timer)",
                    "Minst 120 timer i veiledningsgruppe.");
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
            return result(have, BigDecimal.valueOf(120), number(have) + " timer i veiledningsgruppe.", trace);
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
