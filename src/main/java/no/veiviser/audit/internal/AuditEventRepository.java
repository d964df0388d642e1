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

    /**
     * Appends the event to its organisation's chain (see V17): locks the chain's head until the
     * transaction ends, writes the row with the previous hash and its own, and moves the head.
     */
    public void append(AuditableEvent event, UUID organisationId, OffsetDateTime now) {
        String chain = AuditChainRows.chainOf(organisationId);
        jdbc.sql("insert into audit_chain_head (chain, last_seq) values (:chain, 0) on conflict (chain) do nothing")
                .param("chain", chain).update();
        jdbc.sql("""
                with head as (select last_seq, last_hash from audit_chain_head where chain = :chain for update),
                     appended as (
                         insert into audit_event (occurred_at, actor, action, subject_type, subject_id, details,
                                                  organisation_id, chain, seq, previous_hash, hash)
                         select :now, :actor, :action, :subjectType, :subjectId, cast(:details as jsonb),
                                :organisationId, :chain, head.last_seq + 1, head.last_hash,
                                sha256(coalesce(head.last_hash, ''::bytea) || convert_to(jsonb_build_array(
                                    :chain, head.last_seq + 1,
                                    to_char(cast(:now as timestamptz) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
                                    cast(:actor as text), cast(:action as text), cast(:subjectType as text),
                                    cast(:subjectId as text), cast(:details as jsonb),
                                    cast(:organisationId as uuid))::text, 'UTF8'))
                           from head
                         returning seq, hash)
                update audit_chain_head h set last_seq = appended.seq, last_hash = appended.hash
                  from appended where h.chain = :chain
                """)
                .param("chain", chain)
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

    /**
     * The newest entries of the organisation, newest first, of one action and within the days given
     * when they are given (null for any).
     */
    public List<AuditEntry> latestOf(UUID organisationId, String action, OffsetDateTime from, OffsetDateTime before,
                                     int limit) {
        return jdbc.sql("select " + COLUMNS + """
                  from audit_event
                 where organisation_id = :organisationId
                   and (cast(:action as text) is null or action = :action)
                   and (cast(:from as timestamptz) is null or occurred_at >= :from)
                   and (cast(:before as timestamptz) is null or occurred_at < :before)
                 order by id desc limit :limit
                """)
                .param("organisationId", organisationId).param("action", action)
                .param("from", from).param("before", before)
                .param("limit", limit)
                .query(AuditEventRepository::entry)
                .list();
    }

    /** The actions the organisation's log holds, for choosing among them. */
    public List<String> actionsOf(UUID organisationId) {
        return jdbc.sql("select distinct action from audit_event where organisation_id = :organisationId order by action")
                .param("organisationId", organisationId).query(String.class).list();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getString("actor"), rs.getString("action"), rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getString("details"));
    }
}
