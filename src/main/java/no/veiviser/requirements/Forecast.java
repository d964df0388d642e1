package no.veiviser.requirements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import no.veiviser.requirements.ReadinessInput.ServicePeriod;

/**
 * The day on which the time-based requirements would all be met if the candidate goes on as in her
 * latest service period (same category and share, from the day after it ends or after asOf,
 * whichever is later). Counted service never falls as the day moves on, so the day is found by
 * bisection. Null, with the reason, when going on like that never meets them.
 */
record Forecast(LocalDate date, Text note) {

    /**
     * How far ahead the forecast looks at full time: four times the longest requirement (five years);
     * at a smaller share the look-ahead stretches by the share (at 20 % it is 100 years), so that no
     * share that would get there is cut off by the horizon.
     */
    static final int HORIZON_YEARS_AT_FULL_TIME = 20;

    static Forecast of(ReadinessInput input, Parameters parameters, RuleSet rules) {
        if (input.servicePeriods().isEmpty()) {
            return new Forecast(null, Text.of("forecast.noPeriods"));
        }
        ServicePeriod latest = input.servicePeriods().stream().max(Comparator.comparing(ServicePeriod::to)).orElseThrow();
        LocalDate continueFrom = (latest.to().isAfter(input.asOf()) ? latest.to() : input.asOf()).plusDays(1);
        LocalDate horizon = continueFrom.plusYears((long) Math.ceil(HORIZON_YEARS_AT_FULL_TIME * 100.0
                / latest.positionPercent().doubleValue()));
        List<ServicePeriod> periods = new ArrayList<>(input.servicePeriods());
        periods.add(new ServicePeriod(continueFrom, horizon, latest.category(), latest.positionPercent(), latest.exemption50()));
        ReadinessInput projected = new ReadinessInput(input.programme(), horizon, input.scheme(), input.parameters(),
                periods, input.absences(), List.of(), input.officeHours(), List.of(), List.of(), List.of(), List.of(), null, input.hospitalPartCompleted());
        var service = new ServiceLedger.Prepared(projected, parameters);
        List<String> unmet = unmet(projected, parameters, rules, horizon, service);
        if (!unmet.isEmpty()) {
            return new Forecast(null, Text.of("forecast.never", Text.of("category." + latest.category().name()),
                    latest.positionPercent().stripTrailingZeros().toPlainString(),
                    Text.list(unmet.stream().map(id -> Text.of("requirement." + id)).toList())));
        }
        LocalDate low = input.servicePeriods().stream().map(ServicePeriod::from).min(LocalDate::compareTo).orElseThrow();
        LocalDate high = horizon;
        while (low.isBefore(high)) {
            LocalDate middle = low.plusDays(java.time.temporal.ChronoUnit.DAYS.between(low, high) / 2);
            if (unmet(projected, parameters, rules, middle, service).isEmpty()) {
                high = middle;
            } else {
                low = middle.plusDays(1);
            }
        }
        return new Forecast(low, null);
    }

    private static List<String> unmet(ReadinessInput projected, Parameters parameters, RuleSet rules, LocalDate day,
                                      ServiceLedger.Prepared service) {
        Evaluation evaluation = new Evaluation(projected, parameters, day, service);
        return rules.rules().stream().filter(rule -> rules.timeBased().contains(rule.id()))
                .filter(rule -> !rule.met(evaluation)).map(Rule::id).collect(Collectors.toList());
    }
}
