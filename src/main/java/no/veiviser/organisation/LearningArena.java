package no.veiviser.organisation;

import java.util.UUID;

/**
 * A learning arena as the general education plan describes it.
 *
 * @param place                 where it is ("Sted"), e.g. "Alle fastlegekontor i Drammen kommune"
 * @param newVeilederDuringStay whether a new veileder is appointed during a stay, in the plan's words
 * @param supervisionMode       how supervision is given, e.g. "Tilstedeværelse og telefon"
 * @param description           the plan's introduction to the arena
 * @param version               for optimistic locking
 */
public record LearningArena(UUID id, UUID organisationId, String name, ArenaType type, String place,
                            String newVeilederDuringStay, String supervisionMode, String description, int version) {
}
