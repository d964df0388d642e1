package no.veiviser.programme;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * How far each candidate has come with her goals, for the candidate list. The module that assesses
 * goals supplies it; the programme module only shows it, so it does not depend on that module.
 */
public interface GoalTallies {

    /** Her approved goals out of all goals of the catalog versions assigned to her. */
    record Tally(long approved, long total) {
    }

    /** The tallies of the given candidates, in a fixed number of queries; a candidate without goals is absent. */
    Map<UUID, Tally> of(Collection<UUID> candidateIds);
}
