package no.veiviser.guidance.web;

import java.util.List;
import no.veiviser.guidance.GuidanceSession;

/** How a session's status is named in a list: a session a finalised correction replaces says so. */
final class StatusKeys {

    private StatusKeys() {
    }

    static String of(GuidanceSession session, List<GuidanceSession> all) {
        return GuidanceSession.replaced(all).contains(session.id()) ? "guidanceStatus.REPLACED"
                : "guidanceStatus." + session.status().name();
    }
}
