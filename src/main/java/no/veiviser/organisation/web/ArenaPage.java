package no.veiviser.organisation.web;

import java.util.List;
import no.veiviser.organisation.ArenaOverview;
import no.veiviser.shared.FormErrors;

/**
 * One arena for editing: its details form, its goals and the form to link another goal.
 *
 * @param goalCodes the codes of the goals in the catalogs in use, offered as suggestions
 */
public record ArenaPage(ArenaOverview arena, ArenaForm form, FormErrors formErrors, GoalLinkForm goalForm,
                        FormErrors goalErrors, List<String> goalCodes, String notice) {
}
