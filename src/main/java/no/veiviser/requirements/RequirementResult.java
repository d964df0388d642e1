package no.veiviser.requirements;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One requirement's outcome: have against need, with the reason and what counted.
 *
 * @param explanation the reason, as a text to render in the reader's language
 */
public record RequirementResult(String id, Status status, BigDecimal have, BigDecimal need, Unit unit,
                                String reference, Text explanation, List<TraceItem> trace) {

    public RequirementResult {
        have = round(have, unit);
        need = round(need, unit);
        trace = List.copyOf(trace);
    }

    /** Months and hours are reported with two decimals, counts as whole numbers. */
    private static BigDecimal round(BigDecimal value, Unit unit) {
        return value == null ? null : value.setScale(unit == Unit.COUNT ? 0 : 2, RoundingMode.HALF_UP);
    }
}
