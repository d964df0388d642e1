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
 * @param correction the standing correction of this session, or null
 * @param typed      what was typed into a text that could not be saved, by kind, so that nothing is lost
 * @param sharedWith the later veiledere the candidate shared the text with (shown to her only)
 * @param laterVeileder her veileder of today when that is not the session's, for the candidate; else null
 */
public record SessionPage(GuidanceSession session, GuidanceSession correction, Person candidate, Person veileder, Map<TextKind, SessionText> texts,
                          boolean mine, boolean veilederViewing, FormErrors errors, Map<TextKind, String> typed,
                          LocalDate today, String notice, java.util.List<Person> sharedWith, Person laterVeileder) {

    /** Whether the reader sees the text: one of the two people, or a later veileder it was shared with. */
    public boolean party() {
        return texts != null;
    }

    /** Whether the reader is one of the session's two people (who write, finalise and correct it). */
    public boolean twoPeople() {
        return mine || veilederViewing;
    }

    /** The session's text was shared with this reader, a later veileder: she reads, she does not write. */
    public boolean sharedReader() {
        return party() && !twoPeople();
    }

    /** The text a party may write here: her own preparation and the minutes, while the session is planned. */
    public boolean writes(TextKind kind) {
        return party() && session.planned() && switch (kind) {
            case CANDIDATE_PREPARATION -> mine;
            case VEILEDER_PREPARATION -> veilederViewing;
            case MINUTES -> twoPeople();
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

    /** A finalised session without a standing correction: one of its two people may correct it. */
    public boolean correctable() {
        return twoPeople() && session.status() == no.veiviser.guidance.SessionStatus.FINALISED && correction == null;
    }

    public boolean finalisable() {
        return veilederViewing && session.planned() && !session.heldOn().isAfter(today);
    }
}
