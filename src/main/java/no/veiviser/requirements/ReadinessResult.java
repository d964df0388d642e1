package no.veiviser.requirements;

import java.time.LocalDate;
import java.util.List;

/**
 * The whole answer: every requirement, whether she is ready to apply, and when the time-based
 * requirements would be met if she goes on as in her latest service period.
 *
 * @param earliestCompletion       null when continuing cannot meet them; {@code earliestCompletionNote} says why
 */
public record ReadinessResult(ReadinessInput.Programme programme, LocalDate asOf, String ruleSet, boolean ready,
                              List<RequirementResult> requirements, LocalDate earliestCompletion,
                              Text earliestCompletionNote) {

    public ReadinessResult {
        requirements = List.copyOf(requirements);
    }

    public RequirementResult requirement(String id) {
        return requirements.stream().filter(result -> result.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No requirement " + id));
    }
}
