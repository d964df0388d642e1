package no.veiviser.guidance;

import java.util.Map;

/** A session with its private texts, for one of its two people. */
public record PrivateSession(GuidanceSession session, Map<TextKind, SessionText> texts) {

    public SessionText text(TextKind kind) {
        return texts.get(kind);
    }
}
