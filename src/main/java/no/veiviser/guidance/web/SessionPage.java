package no.veiviser.guidance.web;

import java.time.LocalDate;
import java.util.Map;
import no.veiviser.guidance.GuidanceSession;
import no.veiviser.guidance.SessionText;
import no.veiviser.guidance.TextKind;
import no.veiviser.identity.Person;
import no.veiviser.shared.FormErrors;

/**
 * One session. {@code texts} is null for a reader who is not one of its two people: she sees when,
 * how long and which goals, never the preparation or the minutes.
 *
 * @param typed what was typed into a text that could not be saved, by kind, so that nothing is lost
 */
public record SessionPage(GuidanceSession session, Person candidate, Person veileder, Map<TextKind, SessionText> texts,
                          boolean mine, boolean veilederViewing, FormErrors errors, Map<TextKind, String> typed,
                          LocalDate today, String notice) {

    public boolean party() {
        return texts != null;
    }

    /** The text a party may write here: her own preparation and the minutes, while the session is planned. */
    public boolean writes(TextKind kind) {
        return party() && session.planned() && switch (kind) {
            case CANDIDATE_PREPARATION -> !veilederViewing;
            case VEILEDER_PREPARATION -> veilederViewing;
            case MINUTES -> true;
        };
    }

    /** What the field shows: what was typed, else what is stored. */
    public String body(TextKind kind) {
        if (typed.containsKey(kind)) {
            return typed.get(kind);
        }
        SessionText text = texts.get(kind);
        return text == null ? "" : text.body();
    }

    public int version(TextKind kind) {
        SessionText text = texts.get(kind);
        return text == null ? -1 : text.version();
    }

    public boolean finalisable() {
        return veilederViewing && session.planned() && !session.heldOn().isAfter(today);
    }
}
