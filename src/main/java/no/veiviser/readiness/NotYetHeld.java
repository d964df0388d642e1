package no.veiviser.readiness;

import java.util.List;
import java.util.Map;
import no.veiviser.requirements.ReadinessResult;
import no.veiviser.requirements.RequirementResult;
import no.veiviser.requirements.Status;

/**
 * Requirements whose evidence Veiviser does not hold yet for stored candidates. Counting nothing would
 * tell her she has none; instead they are UNDETERMINED with the reason, and she is not ready until
 * they can be judged. The stateless API, which is given the whole record, judges them all.
 */
final class NotYetHeld {

    static final Map<String, String> REASONS = Map.of(
            "guidance.individual", "Veiviser fører ennå ikke individuelle veiledningsmøter, så veiledningstimene kan ikke telles her.",
            "guidance.group.duration", "Veiviser fører ennå ikke deltakelse i veiledningsgruppe.",
            "guidance.group.hours", "Veiviser fører ennå ikke timer i veiledningsgruppe.",
            "guidance.group.concurrentOpenPractice", "Veiviser fører ennå ikke deltakelse i veiledningsgruppe.",
            "courses.clinicalTopics", "Kursbevis for kliniske emnekurs registreres uten emne, og det er ulike emner som teller.",
            "lis1.hospitalPartComplete", "Veiviser fører ikke sykehusdelen av LIS1; at den er fullført, bekreftes utenfor Veiviser.");

    private NotYetHeld() {
    }

    static ReadinessResult mark(ReadinessResult result) {
        List<RequirementResult> marked = result.requirements().stream().map(NotYetHeld::mark).toList();
        boolean ready = marked.stream().allMatch(requirement -> requirement.status() == Status.MET);
        return new ReadinessResult(result.programme(), result.asOf(), result.ruleSet(), ready, marked,
                result.earliestCompletion(), result.earliestCompletionNote());
    }

    private static RequirementResult mark(RequirementResult requirement) {
        String reason = REASONS.get(requirement.id());
        if (reason == null) {
            return requirement;
        }
        return new RequirementResult(requirement.id(), Status.UNDETERMINED, null, requirement.need(),
                requirement.unit(), requirement.reference(), reason, List.of());
    }
}
