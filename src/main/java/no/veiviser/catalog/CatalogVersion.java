package no.veiviser.catalog;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A dated version of a goal catalog.
 *
 * @param number  the version's ordinal within its catalog, from 1
 * @param validTo the last day a candidate may be assigned to it or still be assessed by it
 *                (e.g. the old FKM for parts 2–3, repealed on 1 March 2026); null while in force
 * @param inUse   assigned to at least one candidate, and so never changed again
 */
public record CatalogVersion(UUID id, CatalogCode catalog, int number, LocalDate validFrom, LocalDate validTo,
                             String source, boolean inUse) {

    /** Whether the version is in force on this day. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
