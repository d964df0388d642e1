package no.veiviser.organisation;

import java.util.UUID;

public record LearningArena(UUID id, UUID organisationId, String name, ArenaType type) {
}
