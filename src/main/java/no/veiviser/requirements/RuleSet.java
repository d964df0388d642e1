package no.veiviser.requirements;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The rules of one programme from one date, with the defaults of their parameters. Which rules are
 * time-based (met by serving long enough) decides the forecast of {@code earliestCompletion}.
 */
record RuleSet(String name, ReadinessInput.Programme programme, LocalDate effectiveFrom, Parameters defaults,
               List<Rule> rules, Set<String> timeBased) {
}
