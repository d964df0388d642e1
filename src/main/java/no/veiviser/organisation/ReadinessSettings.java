package no.veiviser.organisation;

import java.math.BigDecimal;

/**
 * The organisation's reading of the two points where the sources disagree (docs/rules): null means
 * "the rule set's default" (4 hours; institution service required).
 *
 * @param guidanceHoursPerMonth      individual guidance hours a month: 3 (the 2019 regulation text) or 4
 *                                   (the Drammen plan, alis.no)
 * @param institutionServiceRequired whether six months of institution service is a requirement (true)
 *                                   or a recommendation (false)
 */
public record ReadinessSettings(BigDecimal guidanceHoursPerMonth, Boolean institutionServiceRequired) {

    public static final ReadinessSettings DEFAULTS = new ReadinessSettings(null, null);

    public ReadinessSettings {
        if (guidanceHoursPerMonth != null && guidanceHoursPerMonth.compareTo(BigDecimal.valueOf(3)) != 0
                && guidanceHoursPerMonth.compareTo(BigDecimal.valueOf(4)) != 0) {
            throw new IllegalArgumentException("Guidance hours a month are 3 or 4");
        }
    }
}
