package no.veiviser.guidance;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One private text of a session, with the version a change must name so that nobody overwrites another. */
public record SessionText(TextKind kind, String body, UUID writtenBy, OffsetDateTime changedAt, int version) {
}
