package no.veiviser.catalog.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.veiviser.catalog.CatalogDiff;
import no.veiviser.catalog.LearningGoal;

/** Compares two lists of goals by code, field by field as the catalog file writes them. */
public final class CatalogDiffs {

    private CatalogDiffs() {
    }

    public static CatalogDiff between(List<LearningGoal> before, List<LearningGoal> after) {
        Map<String, LearningGoal> old = byCode(before);
        Map<String, LearningGoal> now = byCode(after);
        List<LearningGoal> added = after.stream().filter(goal -> !old.containsKey(goal.code())).toList();
        List<LearningGoal> removed = before.stream().filter(goal -> !now.containsKey(goal.code())).toList();
        List<CatalogDiff.ChangedGoal> changed = new ArrayList<>();
        int unchanged = 0;
        for (LearningGoal goal : after) {
            LearningGoal previous = old.get(goal.code());
            if (previous == null) {
                continue;
            }
            List<CatalogDiff.FieldChange> changes = changes(previous, goal);
            if (changes.isEmpty()) {
                unchanged++;
            } else {
                changed.add(new CatalogDiff.ChangedGoal(goal.code(), changes));
            }
        }
        return new CatalogDiff(added, removed, changed, unchanged);
    }

    private static List<CatalogDiff.FieldChange> changes(LearningGoal before, LearningGoal after) {
        List<String> oldCells = GoalFileWriter.cells(before);
        List<String> newCells = GoalFileWriter.cells(after);
        List<CatalogDiff.FieldChange> changes = new ArrayList<>();
        GoalColumn[] columns = GoalColumn.values();
        for (int index = 0; index < columns.length; index++) {
            if (!oldCells.get(index).equals(newCells.get(index))) {
                changes.add(new CatalogDiff.FieldChange(columns[index].header(), oldCells.get(index), newCells.get(index)));
            }
        }
        return changes;
    }

    private static Map<String, LearningGoal> byCode(List<LearningGoal> goals) {
        Map<String, LearningGoal> map = new LinkedHashMap<>();
        goals.forEach(goal -> map.put(goal.code(), goal));
        return map;
    }
}
