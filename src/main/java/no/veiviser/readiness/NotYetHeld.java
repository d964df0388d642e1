package no.veiviser.readiness;

import java.util.List;
import java.util.Map;
import no.veiviser.requirements.ReadinessResult;
import no.veiviser.requirements.RequirementResult;
import no.veiviser.requirements.Status;
import no.veiviser.requirements.Text;

/**
 * Requirements whose evidence Veiviser does not hold yet for stored candidates. Counting nothing would
 * tell her she has none; instead they are UNDETERMINED with the reason, and she is not ready until
 * they can be judged. The stateless API, which is given the whole record, judges them all.
 */
final class NotYetHeld {

    static final Map<String, Text> REASONS = Map.of(
            "lis1.hospitalPartComplete", Text.of("notYetHeld.lis1.hospitalPartComplete"));

    private NotYetHeld() {
    }

    static ReadinessResult mark(ReadinessResult result) {
        List<RequirementResult> marked = result.requirements().stream().map(NotYetHeld::mark).toList();
        boolean ready = marked.stream().allMatch(requirement -> requirement.status() == Status.MET);
        return new ReadinessResult(result.programme(), result.asOf(), result.ruleSet(), ready, marked,
                result.earliestCompletion(), result.earliestCompletionNote());
    }

    private static RequirementResult mark(RequirementResult requirement) {
        Text reason = REASONS.get(requirement.id());
        if (reason == null) {
            return requirement;
        }
        return new RequirementResult(requirement.id(), Status.UNDETERMINED, null, requirement.need(),
                requirement.unit(), requirement.reference(), reason, List.of());
    }
}
