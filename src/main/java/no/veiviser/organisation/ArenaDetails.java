package no.veiviser.organisation;

/** What an administrator enters about an arena. */
public record ArenaDetails(String name, ArenaType type, String place, String newVeilederDuringStay,
                           String supervisionMode, String description) {
}
