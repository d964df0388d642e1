package no.veiviser.guidance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A veileder's preparation and follow-up time for one candidate on a day; never guidance for the candidate. */
public record WorkTime(UUID id, UUID veilederId, UUID candidateId, LocalDate workedOn, BigDecimal hours) {
}
