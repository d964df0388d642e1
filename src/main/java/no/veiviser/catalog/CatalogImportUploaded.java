package no.veiviser.catalog;

import java.util.Map;
import java.util.UUID;
import no.veiviser.shared.AuditableEvent;

/** A catalog file was uploaded and read without problems; it waits for the maintainer to apply it. */
public record CatalogImportUploaded(UUID importId, CatalogCode catalog, String fileName, String actor)
        implements AuditableEvent {

    @Override
    public String action() {
        return "catalog.import.uploaded";
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
        return Map.of("catalog", catalog.name(), "file", fileName == null ? "" : fileName);
    }
}
