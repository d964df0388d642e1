package no.veiviser.organisation.web;

import no.veiviser.shared.FormErrors;

/** Links a learning goal to an arena. */
public record GoalLinkForm(String goalCode, String activityInArena, String otherActivities) {

    public static GoalLinkForm empty() {
        return new GoalLinkForm("", "", "");
    }

    FormErrors validate() {
        return new FormErrors()
                .requireText("goalCode", goalCode)
                .maxLength("activityInArena", activityInArena, ArenaForm.MAX_TEXT)
                .maxLength("otherActivities", otherActivities, ArenaForm.MAX_TEXT);
    }
}
