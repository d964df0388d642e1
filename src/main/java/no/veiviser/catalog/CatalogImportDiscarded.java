package no.veiviser.catalog;

import java.util.Map;
import java.util.UUID;
import no.veiviser.shared.AuditableEvent;

/** An uploaded catalog file was discarded without being applied. */
public record CatalogImportDiscarded(UUID importId, String actor) implements AuditableEvent {

    @Override
    public String action() {
        return "catalog.import.discarded";
    }

    @Override
    public String subjectType() {
        return "catalog_import";
    }

    @Override
    public String subjectId() {
        return importId.toString();
    }

    @Override
    public Map<String, Object> details() {
        return Map.of();
    }
}
