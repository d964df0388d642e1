package no.veiviser.programme;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's relationship to a candidate over an inclusive period.
 *
 * @param validTo the last day; null while it lasts
 */
public record SupervisionRelationship(UUID id, UUID candidateId, UUID personId, RelationshipKind kind,
                                      LocalDate validFrom, LocalDate validTo) {

    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
