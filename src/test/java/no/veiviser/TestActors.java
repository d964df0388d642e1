package no.veiviser;

import java.util.Set;
import java.util.UUID;
import no.veiviser.identity.Actor;

/**
 * Actors for tests that call services directly. A person known only by her id is enough for every
 * rule decided by relationship (her own record, a candidate she supervises or approves for); rules
 * decided by role and organisation need {@link FreshCandidates#actor(String)}.
 */
public final class TestActors {

    private TestActors() {
    }

    public static Actor person(UUID personId) {
        return new Actor(personId, null, Set.of());
    }
}
