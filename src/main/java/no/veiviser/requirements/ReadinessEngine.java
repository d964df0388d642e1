package no.veiviser.requirements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.veiviser.requirements.ReadinessInput.Scheme;

/**
 * Evaluates a candidate's record against the rule set in force: every requirement with have, need,
 * reason and reference; ready only when all are met; and the forecast of when the time-based ones
 * will be. Stateless and free of Spring, SQL and clocks.
 */
public final class ReadinessEngine {

    private ReadinessEngine() {
    }

    public static ReadinessResult evaluate(ReadinessInput input) {
        InputValidation.check(input);
        RuleSet rules = RuleSets.forDate(input.programme(), input.asOf());
        if (input.scheme() == Scheme.OLD) {
            return oldScheme(input, rules);
        }
        Parameters parameters = input.parameters().over(rules.defaults());
        Evaluation evaluation = new Evaluation(input, parameters, input.asOf());
        List<RequirementResult> results = rules.rules().stream().map(rule -> rule.evaluate(evaluation)).toList();
        boolean ready = results.stream().allMatch(result -> result.status() == Status.MET);
        Forecast forecast = Forecast.of(input, parameters, rules);
        return new ReadinessResult(input.programme(), input.asOf(), rules.name(), ready, results, forecast.date(),
                forecast.note());
    }

    /** The parameters an evaluation of this input uses: its overrides on top of the rule set's defaults. */
    public static Parameters parametersOf(ReadinessInput input) {
        return input.parameters().over(RuleSets.forDate(input.programme(), input.asOf()).defaults());
    }

    /** What the rule set in force for the programme on the day asks for, read from its own rules. */
    public static RequirementNeeds needs(ReadinessInput.Programme programme, LocalDate day) {
        RuleSet rules = RuleSets.forDate(programme, day);
        Evaluation empty = new Evaluation(new ReadinessInput(programme, day, null, null, null, null, null, null, null,
                null, null, null, null, null), rules.defaults(), day);
        Map<String, BigDecimal> needs = new LinkedHashMap<>();
        for (Rule rule : rules.rules()) {
            BigDecimal need = rule.evaluate(empty).need();
            if (need != null && need.signum() > 0) {
                needs.put(rule.id(), need);
            }
        }
        return new RequirementNeeds(rules.name(), needs, rules.defaults(), programme == ReadinessInput.Programme.ALIS
                ? GuidanceRules.wordingOn(day).hoursPerMonth().multiply(BigDecimal.valueOf(12)) : null);
    }

    /** A doctor finishing under the old rules is not judged by the new ones. */
    private static ReadinessResult oldScheme(ReadinessInput input, RuleSet rules) {
        Text explanation = Text.of("oldScheme");
        List<RequirementResult> results = rules.rules().stream().map(rule -> new RequirementResult(rule.id(),
                Status.UNDETERMINED, null, null, rule.unit(), "Spesialistforskriften § 37", explanation, List.of()))
                .collect(Collectors.toList());
        return new ReadinessResult(input.programme(), input.asOf(), rules.name(), false, results, null, explanation);
    }
}
