package no.veiviser.organisation;

import java.util.List;
import java.util.Set;
import no.veiviser.catalog.CatalogCode;

/** An arena with its sites, the goals it offers and the catalogs it offers whole. */
public record ArenaOverview(LearningArena arena, List<ArenaSite> sites, List<ArenaGoal> goals,
                            Set<CatalogCode> wholeCatalogs) {

    public boolean offers(String goalCode) {
        CatalogCode catalog = CatalogCode.ofGoal(goalCode);
        return (catalog != null && wholeCatalogs.contains(catalog))
                || goals.stream().anyMatch(goal -> goal.goalCode().equals(goalCode));
    }
}
