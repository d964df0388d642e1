package no.veiviser.portfolio;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A comment on an activity by the candidate, her veileder or a supervisor. */
public record ActivityComment(UUID id, UUID activityId, UUID authorId, String body, OffsetDateTime writtenAt) {
}
