package no.veiviser.catalog;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A dated version of a goal catalog.
 *
 * @param number the version's ordinal within its catalog, from 1
 * @param inUse  assigned to at least one candidate, and so never changed again
 */
public record CatalogVersion(UUID id, CatalogCode catalog, int number, LocalDate validFrom, String source,
                             boolean inUse) {
}
