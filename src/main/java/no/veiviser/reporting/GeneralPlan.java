package no.veiviser.reporting;

import java.time.LocalDate;
import no.veiviser.requirements.RequirementNeeds;
import java.util.List;
import java.util.Map;
import no.veiviser.catalog.CatalogCode;
import no.veiviser.catalog.CatalogVersion;
import no.veiviser.catalog.Course;
import no.veiviser.catalog.LearningGoal;
import no.veiviser.identity.PersonInRole;
import no.veiviser.organisation.ArenaOverview;
import no.veiviser.organisation.EducationOrganisation;
import no.veiviser.organisation.SpecialtyRegistration;

/**
 * A municipality's general education plan, assembled from its data so that it is always consistent
 * with what Veiviser knows: organisation and responsibilities, catalogs in use, arenas with their
 * goal tables, courses, meeting arenas, and the goals nothing offers.
 *
 * @param goals    the goals of the catalogs in use, by code, for titles
 * @param uncovered the goals no arena and no course offers, by catalog
 * @param alis      what the ALIS rule set in force asks for; the plan's figures come from it
 */
public record GeneralPlan(EducationOrganisation organisation, LocalDate date, List<SpecialtyRegistration> registrations,
                          List<PersonInRole> responsible, List<CatalogSummary> catalogs, List<ArenaOverview> arenas,
                          List<ArenaOverview> meetingArenas, List<Course> courses, Map<String, LearningGoal> goals,
                          Map<CatalogCode, List<LearningGoal>> uncovered, RequirementNeeds alis) {

    /** A catalog in use: its version and how many of its goals have no known title yet. */
    public record CatalogSummary(CatalogVersion version, int goals, int withoutTitle) {
    }

    public boolean coversEveryGoal() {
        return uncovered.isEmpty();
    }

    public int uncoveredCount() {
        return uncovered.values().stream().mapToInt(List::size).sum();
    }

    /** The goal's title, or null when the title is not known. */
    public String titleOf(String goalCode) {
        LearningGoal goal = goals.get(goalCode);
        return goal == null || !goal.hasTitle() ? null : goal.title();
    }

    public boolean isKnownGoal(String goalCode) {
        return goals.containsKey(goalCode);
    }
}
