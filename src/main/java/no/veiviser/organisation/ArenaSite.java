package no.veiviser.organisation;

import java.util.UUID;

/** A place belonging to an arena, e.g. one GP office. */
public record ArenaSite(UUID id, UUID arenaId, String name) {
}
