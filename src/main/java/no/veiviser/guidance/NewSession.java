package no.veiviser.guidance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A session to plan: with whom (the candidate, when the veileder plans), when and where. */
public record NewSession(UUID candidateId, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, SessionMode mode,
                         String place) {
}
