package no.veiviser.portfolio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The activities that stand as signed evidence: of each chain of versions (an activity and its
 * corrections), the newest version that was signed. A correction waiting for its signature does not
 * take away the signed version it replaces — the count of joint consultations, shifts and courses,
 * and a goal's signed activities, stay as they were until the correction is signed.
 */
public final class SignedEvidence {

    private SignedEvidence() {
    }

    /** Of the candidate's activities (all versions), those that count as signed today. */
    public static List<LearningActivity> current(List<LearningActivity> activities) {
        Map<UUID, LearningActivity> byId = new HashMap<>();
        Map<UUID, UUID> successor = new HashMap<>();
        for (LearningActivity activity : activities) {
            byId.put(activity.id(), activity);
            if (activity.previousVersionId() != null) {
                successor.put(activity.previousVersionId(), activity.id());
            }
        }
        List<LearningActivity> standing = new ArrayList<>();
        for (LearningActivity activity : activities) {
            if (wasSigned(activity) && !signedLater(activity.id(), successor, byId, new HashSet<>())) {
                standing.add(activity);
            }
        }
        return standing;
    }

    /** Of the given activities (all versions), the newest version of each chain, signed or not. */
    public static List<LearningActivity> latestVersions(List<LearningActivity> activities) {
        Set<UUID> replaced = new HashSet<>();
        activities.forEach(activity -> {
            if (activity.previousVersionId() != null) {
                replaced.add(activity.previousVersionId());
            }
        });
        return activities.stream().filter(activity -> !replaced.contains(activity.id())).toList();
    }

    private static boolean wasSigned(LearningActivity activity) {
        return activity.status() == ActivityStatus.SIGNED || activity.status() == ActivityStatus.SUPERSEDED;
    }

    /** Whether a later version of this one was signed (following corrections, once each). */
    private static boolean signedLater(UUID id, Map<UUID, UUID> successor, Map<UUID, LearningActivity> byId, Set<UUID> seen) {
        UUID next = successor.get(id);
        while (next != null && seen.add(next)) {
            LearningActivity later = byId.get(next);
            if (later != null && wasSigned(later)) {
                return true;
            }
            next = successor.get(next);
        }
        return false;
    }
}
