package no.veiviser.requirements;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** goals.approved: every required learning goal of the assigned catalogs approved. */
final class GoalsRule extends DefinedRule {

    GoalsRule() {
        super("goals.approved", Unit.COUNT,
                "Spesialistforskriften § 2 og § 26 (godkjente læringsmål)",
                "Alle læringsmålene i katalogene kandidaten er tildelt, godkjent.");
    }

    @Override
    public RequirementResult evaluate(Evaluation evaluation) {
        if (evaluation.input.goals().required().isEmpty()) {
            // No catalog, no answer: "0 of 0" would call a record without goals complete.
            return new RequirementResult(id(), Status.UNDETERMINED, null, null, unit(), reference(),
                    Text.of("goals.none"), List.of());
        }
        Set<String> required = new HashSet<>(evaluation.input.goals().required());
        Set<String> approved = new HashSet<>(evaluation.input.goals().approved());
        approved.retainAll(required);
        List<String> missing = evaluation.input.goals().required().stream().distinct()
                .filter(code -> !approved.contains(code)).sorted().toList();
        Text explanation = Text.join(Text.of("goals.summary", approved.size(), required.size()),
                missing.isEmpty() ? null : Text.of("goals.missing", String.join(", ", missing.subList(0, Math.min(5, missing.size())))));
        return result(BigDecimal.valueOf(approved.size()), BigDecimal.valueOf(required.size()), explanation,
                approved.stream().sorted().map(code -> new TraceItem(Text.of("trace.goal", code), BigDecimal.ONE, null)).toList());
    }
}
