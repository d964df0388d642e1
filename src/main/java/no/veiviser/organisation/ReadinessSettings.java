package no.veiviser.organisation;

import java.math.BigDecimal;

/**
 * The organisation's reading of the two points where the sources disagree (docs/rules): null means
 * "the rule set's default" (institution service required; 21 months).
 *
 * @param institutionServiceRequired whether six months of institution service is a requirement (true)
 *                                   or a recommendation (false)
 * @param otherServiceCapMonths      how long institution service, another specialty and research may
 *                                   count together: 21 (Drammen's plan) or 39 (§ 31: another specialty up
 *                                   to three years and three months)
 */
public record ReadinessSettings(Boolean institutionServiceRequired, BigDecimal otherServiceCapMonths) {

    public static final ReadinessSettings DEFAULTS = new ReadinessSettings(null, null);

    public ReadinessSettings {
        if (otherServiceCapMonths != null && otherServiceCapMonths.compareTo(BigDecimal.valueOf(21)) != 0
                && otherServiceCapMonths.compareTo(BigDecimal.valueOf(39)) != 0) {
            throw new IllegalArgumentException("The cap on other service is 21 or 39 months");
        }
    }
}
