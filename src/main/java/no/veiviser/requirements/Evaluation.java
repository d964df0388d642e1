package no.veiviser.requirements;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** One evaluation's input, effective parameters and counted service, shared by the rules. */
final class Evaluation {

    final ReadinessInput input;
    final Parameters parameters;
    final LocalDate asOf;
    final ServiceLedger ledger;

    Evaluation(ReadinessInput input, Parameters parameters, LocalDate asOf) {
        this(input, parameters, asOf, new ServiceLedger.Prepared(input, parameters));
    }

    /** An evaluation on another day of an already prepared record (the forecast asks many days). */
    Evaluation(ReadinessInput input, Parameters parameters, LocalDate asOf, ServiceLedger.Prepared service) {
        this.input = input;
        this.parameters = parameters;
        this.asOf = asOf;
        this.ledger = service.until(asOf);
    }

    /** A number as a Norwegian reads it in a sentence: two decimals, decimal comma. */
    static String number(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
}
