package no.veiviser.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import no.veiviser.audit.AuditEntry;
import no.veiviser.shared.AuditableEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class AuditEventRepository {

    private static final String COLUMNS = "id, occurred_at, actor, action, subject_type, subject_id, details::text as details";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditEventRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void append(AuditableEvent event, UUID organisationId, OffsetDateTime now) {
        jdbc.sql("""
                insert into audit_event (occurred_at, actor, action, subject_type, subject_id, details, organisation_id)
                values (:now, :actor, :action, :subjectType, :subjectId, cast(:details as jsonb), :organisationId)
                """)
                .param("now", now)
                .param("organisationId", organisationId)
                .param("actor", event.actor())
                .param("action", event.action())
                .param("subjectType", event.subjectType())
                .param("subjectId", event.subjectId())
                .param("details", json.writeValueAsString(event.details()))
                .update();
    }

    public List<AuditEntry> about(String subjectType, String subjectId, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from audit_event where subject_type = :subjectType and subject_id = :subjectId
                 order by id desc limit :limit
                """)
                .param("subjectType", subjectType)
                .param("subjectId", subjectId)
                .param("limit", limit)
                .query(AuditEventRepository::entry)
                .list();
    }

    public List<AuditEntry> latestOf(UUID organisationId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_event where organisation_id = :organisationId order by id desc limit :limit")
                .param("organisationId", organisationId)
                .param("limit", limit)
                .query(AuditEventRepository::entry)
                .list();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getString("actor"), rs.getString("action"), rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getString("details"));
    }
}
