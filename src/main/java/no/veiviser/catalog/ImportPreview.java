package no.veiviser.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What an uploaded catalog file would do: either the problems that stop it, or the differences
 * against the newest version of the catalog.
 *
 * @param id       the pending import to confirm; null when the file has problems (nothing is kept)
 * @param basedOn  the version compared with; null for a catalog's first version
 */
public record ImportPreview(UUID id, CatalogCode catalog, String fileName, LocalDate validFrom,
                            List<ImportProblem> problems, CatalogDiff diff, CatalogVersion basedOn, int goalCount) {

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
