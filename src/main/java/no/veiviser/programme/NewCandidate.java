package no.veiviser.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A doctor the department head enrols: who she is and her programme. */
public record NewCandidate(String givenName, String familyName, String email, ProgrammeType programme, Scheme scheme,
                           LocalDate startDate, LocalDate convertedOn, BigDecimal positionPercent, String employer,
                           UUID arenaId, Boolean notTheSamePerson) {

    /** Whether the department head said this is not the person of the same name already registered. */
    public boolean confirmedNotADuplicate() {
        return Boolean.TRUE.equals(notTheSamePerson);
    }
}
