package no.veiviser.catalog;

import java.util.List;

/** What an import would change in a catalog: goals added, removed and changed, field by field. */
public record CatalogDiff(List<LearningGoal> added, List<LearningGoal> removed, List<ChangedGoal> changed,
                          int unchanged) {

    /** A goal present before and after, with the fields that differ. */
    public record ChangedGoal(String code, List<FieldChange> changes) {
    }

    /** One field's old and new value, as written in the catalog file. */
    public record FieldChange(String field, String before, String after) {
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
