package no.veiviser.approval;

import java.util.List;
import java.util.UUID;
import no.veiviser.catalog.CatalogVersion;
import no.veiviser.catalog.LearningGoal;

/** A candidate's goals of one assigned catalog version, with where each stands. */
public record GoalProgress(CatalogVersion version, List<Row> rows) {

    /**
     * One goal.
     *
     * @param status       null when the goal has not been started
     * @param returnReason the approver's reason when the goal was returned
     */
    public record Row(LearningGoal goal, AssessmentStatus status, UUID assessmentId, long signedActivities,
                      String returnReason) {

        /**
         * Where the goal stands in words a filter and a page use: the assessment's status, or, before
         * anything was submitted, IN_PROGRESS once a signed activity documents it and NOT_STARTED before.
         */
        public String statusName() {
            if (status != null) {
                return status.name();
            }
            return signedActivities > 0 ? AssessmentStatus.IN_PROGRESS.name() : "NOT_STARTED";
        }

        public boolean canBeSubmitted() {
            return status == null || status == AssessmentStatus.IN_PROGRESS || status == AssessmentStatus.RETURNED;
        }
    }

    /**
     * The rows whose status matches the filter ("" for all, "NOT_STARTED" for goals not started),
     * grouped under the regulation's theme headings in catalog order; goals without a theme under "".
     */
    public java.util.Map<String, List<Row>> byTheme(String filter) {
        java.util.Map<String, List<Row>> themes = new java.util.LinkedHashMap<>();
        for (Row row : rows) {
            if (filter == null || filter.isEmpty() || row.statusName().equals(filter)) {
                String theme = row.goal().hasTheme() ? row.goal().theme() : "";
                themes.computeIfAbsent(theme, key -> new java.util.ArrayList<>()).add(row);
            }
        }
        return themes;
    }

    public long approved() {
        return rows.stream().filter(row -> row.status() == AssessmentStatus.APPROVED).count();
    }

    public int total() {
        return rows.size();
    }

    /** Whole per cent approved, rounded down, for the progress bar. */
    public int percentApproved() {
        return total() == 0 ? 0 : (int) (approved() * 100 / total());
    }
}
