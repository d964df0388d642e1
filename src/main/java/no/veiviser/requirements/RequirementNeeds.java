package no.veiviser.requirements;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What a rule set in force asks for, so that texts about the rules (the general plan) take their
 * figures from the rules themselves instead of repeating them.
 *
 * @param needs    the fixed need of each requirement by id (requirements whose need depends on the
 *                 record, such as individual guidance hours, are left out)
 * @param defaults the rule set's default parameters
 * @param guidanceYearlyHours ALIS: the individual guidance § 2 asks for a year of full-time service at
 *                 the municipality, in the wording in force on the day; null for other programmes
 */
public record RequirementNeeds(String ruleSet, Map<String, BigDecimal> needs, Parameters defaults,
                               BigDecimal guidanceYearlyHours) {

    public RequirementNeeds {
        needs = Map.copyOf(needs);
    }

    /** A need as plain text without trailing zeros ({@code 60}, {@code 120}). */
    public String text(String id) {
        BigDecimal need = needs.get(id);
        if (need == null) {
            throw new IllegalArgumentException("No fixed need for " + id + " in " + ruleSet);
        }
        return need.stripTrailingZeros().toPlainString();
    }

    /** The individual guidance hours a year § 2 asks for, as plain text ({@code 42}); null where none. */
    public String guidanceHoursPerYear() {
        return guidanceYearlyHours == null ? null : guidanceYearlyHours.stripTrailingZeros().toPlainString();
    }
}
