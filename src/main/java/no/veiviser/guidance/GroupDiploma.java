package no.veiviser.guidance;

import java.util.UUID;

/** A diploma file attached to a group membership (without its content). */
public record GroupDiploma(UUID id, UUID membershipId, String filename, String mediaType, int sizeBytes) {
}
