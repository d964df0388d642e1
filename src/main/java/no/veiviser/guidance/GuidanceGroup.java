package no.veiviser.guidance;

import java.util.UUID;

/** A guidance group (veiledningsgruppe) the organisation keeps the record of, and who runs it. */
public record GuidanceGroup(UUID id, UUID organisationId, String name, String organiser) {
}
