package no.veiviser.requirements;

import java.math.BigDecimal;
import java.util.List;

/**
 * One requirement of the regulation: an id used in results, the reference, the interpretation in one
 * sentence (docs/rules/ has the rest), and how it is evaluated.
 */
interface Rule {

    String id();

    Unit unit();

    String reference();

    String interpretation();

    RequirementResult evaluate(Evaluation evaluation);

    /** Whether it is met, without explanation or trace (the forecast asks this many times). */
    default boolean met(Evaluation evaluation) {
        return evaluate(evaluation).status() == Status.MET;
    }

    /** MET when have reaches need. */
    default RequirementResult result(BigDecimal have, BigDecimal need, Text explanation, List<TraceItem> trace) {
        return new RequirementResult(id(), have.compareTo(need) >= 0 ? Status.MET : Status.NOT_MET, have, need, unit(),
                reference(), explanation, trace);
    }
}
