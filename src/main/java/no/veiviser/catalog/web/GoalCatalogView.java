package no.veiviser.catalog.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.veiviser.catalog.CatalogCode;
import no.veiviser.catalog.CatalogVersion;
import no.veiviser.catalog.LearningGoal;

/**
 * One version of a goal catalog as everyone may read it: its goals under the regulation's theme
 * headings, with every version of the catalog to choose from.
 */
public record GoalCatalogView(CatalogCode catalog, CatalogVersion version, List<CatalogVersion> versions,
                              List<LearningGoal> goals) {

    /** The goals grouped by theme heading, in the regulation's order; goals without a theme under "". */
    public Map<String, List<LearningGoal>> byTheme() {
        return themes(goals);
    }

    /** Groups goals by their theme, keeping the order in which the themes first appear. */
    public static Map<String, List<LearningGoal>> themes(List<LearningGoal> goals) {
        Map<String, List<LearningGoal>> themes = new LinkedHashMap<>();
        for (LearningGoal goal : goals) {
            themes.computeIfAbsent(goal.hasTheme() ? goal.theme() : "", theme -> new java.util.ArrayList<>()).add(goal);
        }
        return themes;
    }
}
