package no.veiviser.organisation;

import java.time.LocalDate;
import java.util.UUID;
import no.veiviser.shared.Specialty;

/**
 * The confirmed service that a registration covers, so that moving its date later can show what would
 * fall outside it. The module that holds service supplies it; this module does not depend on it.
 */
public interface RegisteredService {

    /** How many confirmed service periods, of how many candidates. */
    record Affected(long periods, long candidates) {

        public boolean any() {
            return periods > 0;
        }
    }

    /**
     * The confirmed periods of the organisation's candidates in the specialty with at least one day from
     * {@code from} up to the day before {@code until}: the days a registration moved from one date to
     * the other no longer covers.
     */
    Affected within(UUID organisationId, Specialty specialty, LocalDate from, LocalDate until);
}
