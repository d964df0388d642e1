package no.veiviser.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A learning goal as a catalog version states it.
 *
 * @param title           the official title; null when it is not known yet (never invented)
 * @param competenceLevel the competence level, 1–5; null when not known
 * @param source          where these facts come from
 */
public record LearningGoal(String code, String title, String description, CompetenceType competenceType,
                           Integer competenceLevel, List<RecommendedActivity> activities, String source) {

    public LearningGoal {
        Objects.requireNonNull(code);
        activities = activities == null ? List.of() : List.copyOf(activities);
    }

    public boolean hasTitle() {
        return title != null && !title.isBlank();
    }
}
