package no.veiviser.portfolio;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.veiviser.portfolio.internal.ActivityRepository;
import org.springframework.stereotype.Service;

/**
 * Which of a candidate's activities stand as signed evidence for her goals today, by the rule of
 * {@link SignedEvidence}, read from the versions alone (id, status, previous version, goals), not
 * from what her three hundred activities say. No access check: the callers have made theirs.
 */
@Service
public class GoalEvidence {

    private final ActivityRepository activities;

    GoalEvidence(ActivityRepository activities) {
        this.activities = activities;
    }

    /** Of each goal, how many of her activities stand as signed evidence for it: the goal overview's counts. */
    public Map<String, Long> countsPerGoal(UUID candidateId) {
        return SignedEvidence.perGoal(activities.versionsOfCandidate(candidateId));
    }

    /**
     * The activity versions that stand as signed evidence for a goal today, newest first, each with
     * the signature request that signed it: what an approval freezes as its basis.
     */
    public Map<UUID, UUID> standingFor(UUID candidateId, String goalCode) {
        Map<UUID, SignatureRequest> requests = activities.latestRequestsOfCandidate(candidateId).stream()
                .collect(Collectors.toMap(SignatureRequest::activityId, Function.identity()));
        Map<UUID, UUID> evidence = new LinkedHashMap<>();
        List<SignedEvidence.Version> standing = SignedEvidence.standingVersions(activities.versionsOfCandidate(candidateId));
        standing.stream()
                .filter(version -> version.goalCodes().contains(goalCode))
                .forEach(version -> evidence.put(version.id(), requests.get(version.id()).id()));
        return evidence;
    }
}
