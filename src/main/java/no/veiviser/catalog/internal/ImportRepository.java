package no.veiviser.catalog.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.veiviser.catalog.CatalogCode;
import no.veiviser.catalog.LearningGoal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Uploaded catalog files waiting for confirmation. */
@Repository
public class ImportRepository {

    public record PendingImport(UUID id, CatalogCode catalog, String fileName, LocalDate validFrom, UUID basedOnVersion,
                                List<LearningGoal> goals, String status, UUID appliedVersionId, String createdBy) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(PendingImport pending, OffsetDateTime now) {
        jdbc.sql("""
                insert into catalog_import (id, catalog, file_name, valid_from, based_on_version, goals, status,
                                            created_at, created_by, changed_at, changed_by)
                values (:id, :catalog, :fileName, :validFrom, :basedOn, cast(:goals as jsonb), 'PENDING',
                        :now, :actor, :now, :actor)
                """)
                .param("id", pending.id())
                .param("catalog", pending.catalog().name())
                .param("fileName", pending.fileName())
                .param("validFrom", pending.validFrom())
                .param("basedOn", pending.basedOnVersion())
                .param("goals", json.writeValueAsString(pending.goals()))
                .param("now", now)
                .param("actor", pending.createdBy())
                .update();
    }

    /** The import, locked for this transaction so that two confirmations cannot both apply it. */
    public Optional<PendingImport> findForUpdate(UUID id) {
        return jdbc.sql("select * from catalog_import where id = :id for update")
                .param("id", id)
                .query((rs, row) -> new PendingImport(rs.getObject("id", UUID.class),
                        CatalogCode.valueOf(rs.getString("catalog")), rs.getString("file_name"),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("based_on_version", UUID.class),
                        json.readValue(rs.getString("goals"), new TypeReference<List<LearningGoal>>() { }),
                        rs.getString("status"), rs.getObject("applied_version_id", UUID.class),
                        rs.getString("created_by")))
                .optional();
    }

    public void finish(UUID id, String status, UUID appliedVersionId, String actor, OffsetDateTime now) {
        jdbc.sql("""
                update catalog_import set status = :status, applied_version_id = :versionId,
                       changed_at = :now, changed_by = :actor, version = version + 1
                 where id = :id and status = 'PENDING'
                """)
                .param("id", id)
                .param("status", status)
                .param("versionId", appliedVersionId)
                .param("now", now)
                .param("actor", actor)
                .update();
    }
}
