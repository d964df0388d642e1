package no.veiviser.portfolio;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A request for a named person's signature on an activity, with her decision once made. */
public record SignatureRequest(UUID id, UUID activityId, UUID signerId, OffsetDateTime requestedAt, String decision,
                               OffsetDateTime decidedAt, String comment) {
}
