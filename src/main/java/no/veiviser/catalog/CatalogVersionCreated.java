package no.veiviser.catalog;

import java.util.Map;
import no.veiviser.shared.AuditableEvent;

/** A new version of a goal catalog was created (bundled on first start, or by an import). */
public record CatalogVersionCreated(CatalogVersion version, int goals, String fileName, String actor)
        implements AuditableEvent {

    @Override
    public String action() {
        return "catalog.version.created";
    }

    @Override
    public String subjectType() {
        return "goal_catalog_version";
    }

    @Override
    public String subjectId() {
        return version.id().toString();
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("catalog", version.catalog().name(), "number", version.number(),
                "validFrom", version.validFrom().toString(), "goals", goals, "file", fileName == null ? "" : fileName);
    }
}
