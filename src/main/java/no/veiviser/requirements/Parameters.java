package no.veiviser.requirements;

import java.math.BigDecimal;

/**
 * Overrides of a rule set's parameters for one evaluation; null means "the rule set's default". Only
 * what the regulation leaves open is a parameter; what its text fixes (the guidance hours of § 2 for
 * allmennmedisin, the absence allowances of § 31) is not.
 *
 * @param guidanceHoursPerMonth      SamLIS: individual guidance hours per month (§ 2 gives a figure for
 *                                   allmennmedisin only; no default, so the requirement is UNDETERMINED
 *                                   until it is set). Not used for ALIS.
 * @param institutionServiceRequired whether 6 months of institution service is a requirement (true) or
 *                                   a recommendation that does not hold back readiness (false); the
 *                                   regulation does not state it (it follows from ALM-055/085, alis.no)
 * @param otherServiceCapMonths      ALIS: how many months institution service, another specialty and
 *                                   research may count together. § 31 lets another specialty count up
 *                                   to three years and three months; Drammen's plan reads 21 months
 */
public record Parameters(BigDecimal guidanceHoursPerMonth, Boolean institutionServiceRequired,
                         BigDecimal otherServiceCapMonths) {

    public static final Parameters NONE = new Parameters(null, null, null);

    /** These overrides on top of the defaults. */
    public Parameters over(Parameters defaults) {
        return new Parameters(guidanceHoursPerMonth != null ? guidanceHoursPerMonth : defaults.guidanceHoursPerMonth,
                institutionServiceRequired != null ? institutionServiceRequired : defaults.institutionServiceRequired,
                otherServiceCapMonths != null ? otherServiceCapMonths : defaults.otherServiceCapMonths);
    }
}
