package no.veiviser.catalog;

import no.veiviser.identity.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import no.veiviser.catalog.internal.CatalogDiffs;
import no.veiviser.catalog.internal.CatalogFiles;
import no.veiviser.catalog.internal.GoalFileParser;
import no.veiviser.catalog.internal.GoalFileWriter;
import no.veiviser.catalog.internal.ImportRepository;
import no.veiviser.catalog.internal.ImportRepository.PendingImport;
import no.veiviser.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import and export of goal catalogs. An import is always two steps: the upload gives a preview (or
 * every problem in the file, and nothing is kept), and only a confirmation applies it, all or nothing,
 * as a new version. A file that changes nothing creates no version.
 */
@Service
public class CatalogImports {

    public enum Format { CSV, XLSX }

    private final GoalCatalogs catalogs;
    private final ImportRepository imports;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CatalogImports(GoalCatalogs catalogs, ImportRepository imports, ApplicationEventPublisher events, Clock clock) {
        this.catalogs = catalogs;
        this.imports = imports;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ImportPreview upload(CatalogCode catalog, String fileName, byte[] content, LocalDate validFrom, Actor by) {
        String actor = by.id();
        GoalFileParser.Result parsed = CatalogFiles.read(catalog, fileName, content);
        CatalogVersion latest = catalogs.latest(catalog).orElse(null);
        if (!parsed.isValid()) {
            return new ImportPreview(null, catalog, fileName, validFrom, parsed.problems(), null, latest, 0);
        }
        if (latest != null && validFrom.isBefore(latest.validFrom())) {
            List<ImportProblem> problems = List.of(ImportProblem.file("Gyldig fra-datoen kan ikke være før "
                    + latest.validFrom() + ", da versjon " + latest.number() + " av katalogen ble gyldig."));
            return new ImportPreview(null, catalog, fileName, validFrom, problems, null, latest, 0);
        }
        var pending = new PendingImport(UUID.randomUUID(), catalog, fileName, validFrom,
                latest == null ? null : latest.id(), parsed.goals(), "PENDING", null, actor);
        imports.insert(pending, OffsetDateTime.now(clock));
        events.publishEvent(new CatalogImportUploaded(pending.id(), catalog, fileName, actor));
        return preview(pending, latest);
    }

    /** Applies a previewed import, unless the catalog changed since the preview. */
    @Transactional
    public ImportOutcome apply(UUID importId, Actor by) {
        String actor = by.id();
        PendingImport pending = pendingOf(importId);
        CatalogVersion latest = catalogs.latest(pending.catalog()).orElse(null);
        if (!Objects.equals(latest == null ? null : latest.id(), pending.basedOnVersion())) {
            throw new CatalogChangedException();
        }
        CatalogDiff diff = diff(pending, latest);
        CatalogVersion created = diff.isEmpty() ? null : catalogs.createVersion(pending.catalog(), pending.validFrom(), null,
                "Importert fra " + pending.fileName(), pending.goals(), pending.fileName(), by);
        imports.finish(importId, "APPLIED", created == null ? null : created.id(), actor, OffsetDateTime.now(clock));
        return new ImportOutcome(created);
    }

    @Transactional
    public void discard(UUID importId, Actor by) {
        String actor = by.id();
        pendingOf(importId);
        imports.finish(importId, "DISCARDED", null, actor, OffsetDateTime.now(clock));
        events.publishEvent(new CatalogImportDiscarded(importId, actor));
    }

    @Transactional
    public ImportPreview preview(UUID importId) {
        PendingImport pending = pendingOf(importId);
        return preview(pending, catalogs.latest(pending.catalog()).orElse(null));
    }

    /** The newest version of a catalog as a file in the import format. */
    public byte[] export(CatalogCode catalog, Format format) {
        CatalogVersion latest = catalogs.latest(catalog).orElseThrow(() -> new NotFoundException("Catalog"));
        List<LearningGoal> goals = catalogs.goals(latest.id());
        return format == Format.CSV ? GoalFileWriter.csv(goals) : GoalFileWriter.xlsx(catalog.name(), goals);
    }

    private PendingImport pendingOf(UUID importId) {
        return imports.findForUpdate(importId)
                .filter(pending -> "PENDING".equals(pending.status()))
                .orElseThrow(() -> new NotFoundException("Import"));
    }

    private ImportPreview preview(PendingImport pending, CatalogVersion latest) {
        return new ImportPreview(pending.id(), pending.catalog(), pending.fileName(), pending.validFrom(), List.of(),
                diff(pending, latest), latest, pending.goals().size());
    }

    private CatalogDiff diff(PendingImport pending, CatalogVersion latest) {
        List<LearningGoal> current = latest == null ? List.of() : catalogs.goals(latest.id());
        return CatalogDiffs.between(current, pending.goals());
    }
}
