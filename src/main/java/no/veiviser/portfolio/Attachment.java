package no.veiviser.portfolio;

import java.util.UUID;

/** A file documenting one or more activities; the media type is the one found in its content. */
public record Attachment(UUID id, UUID candidateId, String filename, String mediaType, int sizeBytes, String sha256) {
}
