package no.veiviser.guidance;

import java.time.LocalDate;
import java.util.UUID;

/** A candidate's membership of a group from a day, until a last day or still. */
public record GroupMembership(UUID id, UUID groupId, UUID candidateId, LocalDate from, LocalDate to) {

    /** Whether she was a member on the day. */
    public boolean on(LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }
}
