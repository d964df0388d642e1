package no.veiviser.requirements;

import java.math.BigDecimal;

/**
 * § 31 for parts 2 and 3: absence other than courses and holiday is deducted only for the share above
 * ten per cent of the education time. The education time is the counted service so far, absence
 * included ({@code served}); what is deducted is shared among the absences in proportion.
 *
 * @param educationTime  the months served so far, absence included
 * @param absence        the months of other absence in them
 * @param allowance      ten per cent of the education time
 * @param deducted       the absence above the allowance
 */
record AbsenceAllowance(BigDecimal educationTime, BigDecimal absence, BigDecimal allowance, BigDecimal deducted) {

    static final BigDecimal SHARE = new BigDecimal("0.10");

    static AbsenceAllowance of(BigDecimal educationTime, BigDecimal absence) {
        BigDecimal allowance = educationTime.multiply(SHARE);
        return new AbsenceAllowance(educationTime, absence, allowance, absence.subtract(allowance).max(BigDecimal.ZERO));
    }

    /** The share of each absence that is deducted. */
    BigDecimal deductedShare() {
        return absence.signum() == 0 ? BigDecimal.ZERO : deducted.divide(absence, DateRange.PRECISION);
    }
}
