package no.veiviser.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A candidate's enrolment in a programme at an education organisation.
 *
 * @param endDate         the planned or actual last day (inclusive); null while open-ended
 * @param convertedOn     the date of conversion from the old scheme; only with {@link Scheme#CONVERTED}
 * @param positionPercent the position share, above 0 and at most 100
 * @param employer        where she is employed, where that is not simply the organisation; may be null
 * @param arenaId         the organisation's learning arena she starts in; may be null
 */
public record Enrolment(UUID id, UUID candidateId, UUID organisationId, ProgrammeType programme, Scheme scheme,
                        LocalDate startDate, LocalDate endDate, LocalDate convertedOn, BigDecimal positionPercent,
                        String employer, UUID arenaId) {

    public Enrolment {
        Objects.requireNonNull(programme);
        Objects.requireNonNull(scheme);
        Objects.requireNonNull(startDate);
        if ((scheme == Scheme.CONVERTED) != (convertedOn != null)) {
            throw new IllegalArgumentException("A converted enrolment, and only that, has a conversion date");
        }
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("An enrolment cannot end before it starts");
        }
        if (positionPercent.signum() <= 0 || positionPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("The position share must be above 0 and at most 100 %");
        }
    }
}
