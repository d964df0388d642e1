package no.veiviser.requirements;

import java.math.BigDecimal;

/**
 * Overrides of a rule set's parameters for one evaluation; null means "the rule set's default".
 *
 * @param guidanceHoursPerMonth      individual guidance hours per month (3 in the 2019 regulation text,
 *                                   4 in the Drammen plan and alis.no)
 * @param institutionServiceRequired whether 6 months of institution service is a requirement (true) or
 *                                   a recommendation that does not hold back readiness (false)
 * @param sickLeaveCounts            whether sick leave in part 3 counts as service (the limit in § 31
 *                                   for parts 2 and 3 was not found)
 * @param lis1AbsenceLimitPercent    LIS1: the share of the municipal period that may be absence before
 *                                   the service must be extended (Helsedirektoratet: 10 %)
 */
public record Parameters(BigDecimal guidanceHoursPerMonth, Boolean institutionServiceRequired, Boolean sickLeaveCounts,
                         BigDecimal lis1AbsenceLimitPercent) {

    public static final Parameters NONE = new Parameters(null, null, null, null);

    /** These overrides on top of the defaults. */
    public Parameters over(Parameters defaults) {
        return new Parameters(guidanceHoursPerMonth != null ? guidanceHoursPerMonth : defaults.guidanceHoursPerMonth,
                institutionServiceRequired != null ? institutionServiceRequired : defaults.institutionServiceRequired,
                sickLeaveCounts != null ? sickLeaveCounts : defaults.sickLeaveCounts,
                lis1AbsenceLimitPercent != null ? lis1AbsenceLimitPercent : defaults.lis1AbsenceLimitPercent);
    }
}
