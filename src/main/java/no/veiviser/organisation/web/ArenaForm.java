package no.veiviser.organisation.web;

import no.veiviser.organisation.ArenaDetails;
import no.veiviser.organisation.ArenaOverview;
import no.veiviser.organisation.ArenaType;
import no.veiviser.organisation.LearningArena;
import no.veiviser.shared.FormErrors;

/** The arena form as submitted; text as typed, so a refused form comes back as the user left it. */
public record ArenaForm(String name, String type, String place, String newVeilederDuringStay, String supervisionMode,
                        String description, Integer version) {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 4000;

    public static ArenaForm empty() {
        return new ArenaForm("", ArenaType.OPEN_UNSELECTED_PRACTICE.name(), "", "", "", "", null);
    }

    static ArenaForm of(ArenaOverview overview) {
        LearningArena arena = overview.arena();
        return new ArenaForm(arena.name(), arena.type().name(), arena.place(), arena.newVeilederDuringStay(),
                arena.supervisionMode(), arena.description(), arena.version());
    }

    FormErrors validate() {
        FormErrors errors = new FormErrors()
                .requireText("name", name)
                .maxLength("name", name, MAX_NAME)
                .maxLength("place", place, MAX_NAME)
                .maxLength("newVeilederDuringStay", newVeilederDuringStay, MAX_NAME)
                .maxLength("supervisionMode", supervisionMode, MAX_NAME)
                .maxLength("description", description, MAX_TEXT);
        if (arenaType() == null) {
            errors.reject("type", "arena.type.required");
        }
        return errors;
    }

    ArenaDetails details() {
        return new ArenaDetails(name.trim(), arenaType(), trimmed(place), trimmed(newVeilederDuringStay),
                trimmed(supervisionMode), trimmed(description));
    }

    private ArenaType arenaType() {
        for (ArenaType candidate : ArenaType.values()) {
            if (candidate.name().equals(type)) {
                return candidate;
            }
        }
        return null;
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
