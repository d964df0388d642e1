package no.veiviser.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A learning goal as a catalog version states it.
 *
 * @param title  the goal's text as the regulation words it; null when it is not known (never invented).
 *               The regulation sets the competence level through this wording ({@link CompetenceWording}).
 * @param theme  the heading the goal stands under in vedlegg 2, e.g. "21.3 Allmennmedisinsk metode"; null
 *               when the regulation groups it under none
 * @param source where these facts come from
 */
public record LearningGoal(String code, String title, String theme, String description, CompetenceType competenceType,
                           List<RecommendedActivity> activities, String source) {

    public LearningGoal {
        Objects.requireNonNull(code);
        activities = activities == null ? List.of() : List.copyOf(activities);
    }

    public boolean hasTitle() {
        return title != null && !title.isBlank();
    }

    public boolean hasTheme() {
        return theme != null && !theme.isBlank();
    }

    /** The level the wording sets, from the lowest to the highest phrase it uses; NONE when it uses none. */
    public CompetenceWording.Level level() {
        return CompetenceWording.levelOf(title);
    }

    /** The phrase of the wording that sets the level, as written, e.g. "Selvstendig kunne"; null if none. */
    public String levelPhrase() {
        return CompetenceWording.phraseOf(title);
    }
}
