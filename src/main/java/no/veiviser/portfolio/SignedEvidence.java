package no.veiviser.portfolio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

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
        return standing(activities, LearningActivity::id, LearningActivity::previousVersionId,
                activity -> wasSigned(activity.status()));
    }

    /**
     * A version of an activity, without what it says: enough to tell whether it stands as signed
     * evidence, and for which goals. A five-year record has about three hundred.
     */
    public record Version(UUID id, ActivityStatus status, UUID previousVersionId, List<String> goalCodes) {

        public static Version of(LearningActivity activity) {
            return new Version(activity.id(), activity.status(), activity.previousVersionId(), activity.goalCodes());
        }
    }

    /** Of the given versions, those that count as signed today. */
    public static List<Version> standingVersions(List<Version> versions) {
        return standing(versions, Version::id, Version::previousVersionId, version -> wasSigned(version.status()));
    }

    /** Of each goal, how many of the given versions stand as signed evidence for it today. */
    public static Map<String, Long> perGoal(List<Version> versions) {
        return standingVersions(versions).stream()
                .flatMap(version -> version.goalCodes().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static <T> List<T> standing(List<T> versions, Function<T, UUID> id, Function<T, UUID> previous,
                                        Predicate<T> signed) {
        Map<UUID, T> byId = new HashMap<>();
        Map<UUID, UUID> successor = new HashMap<>();
        for (T version : versions) {
            byId.put(id.apply(version), version);
            if (previous.apply(version) != null) {
                successor.put(previous.apply(version), id.apply(version));
            }
        }
        List<T> standing = new ArrayList<>();
        for (T version : versions) {
            if (signed.test(version) && !signedLater(id.apply(version), successor, byId, signed)) {
                standing.add(version);
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

    private static boolean wasSigned(ActivityStatus status) {
        return status == ActivityStatus.SIGNED || status == ActivityStatus.SUPERSEDED;
    }

    /** Whether a later version of this one was signed (following corrections, once each). */
    private static <T> boolean signedLater(UUID id, Map<UUID, UUID> successor, Map<UUID, T> byId, Predicate<T> signed) {
        Set<UUID> seen = new HashSet<>();
        UUID next = successor.get(id);
        while (next != null && seen.add(next)) {
            T later = byId.get(next);
            if (later != null && signed.test(later)) {
                return true;
            }
            next = successor.get(next);
        }
        return false;
    }
}
