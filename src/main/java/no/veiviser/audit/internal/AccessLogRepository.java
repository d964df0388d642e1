package no.veiviser.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import no.veiviser.audit.AccessLogEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AccessLogRepository {

    private static final String COLUMNS = "read_at, reader_id, subject_id, organisation_id, part, basis";

    private final JdbcClient jdbc;

    AccessLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Appends the read unless the same reader read the same part of the same record in the last
     * minute: one page reads a record several times, and the log should say so once.
     */
    public void append(AccessLogEntry entry) {
        jdbc.sql("insert into access_log (" + COLUMNS + """
                ) select :at, :reader, :subject, :organisation, :part, :basis
                   where not exists (select 1 from access_log
                                      where subject_id = :subject and reader_id = :reader and part = :part
                                        and read_at > :at - interval '1 minute')
                """)
                .param("at", entry.readAt())
                .param("reader", entry.readerId())
                .param("subject", entry.subjectId())
                .param("organisation", entry.organisationId())
                .param("part", entry.part())
                .param("basis", entry.basis())
                .update();
    }

    /** {@link #append} for several reads of one reader, part and moment, in one statement. */
    public void appendAll(List<AccessLogEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        AccessLogEntry first = entries.get(0);
        jdbc.sql("insert into access_log (" + COLUMNS + """
                ) select :at, :reader, r.subject, r.organisation, :part, r.basis
                    from unnest(:subjects, :organisations, :bases) as r(subject, organisation, basis)
                   where not exists (select 1 from access_log
                                      where subject_id = r.subject and reader_id = :reader and part = :part
                                        and read_at > :at - interval '1 minute')
                """)
                .param("at", first.readAt())
                .param("reader", first.readerId())
                .param("part", first.part())
                .param("subjects", entries.stream().map(AccessLogEntry::subjectId).toArray(UUID[]::new))
                .param("organisations", entries.stream().map(AccessLogEntry::organisationId).toArray(UUID[]::new))
                .param("bases", entries.stream().map(AccessLogEntry::basis).toArray(String[]::new))
                .update();
    }

    public List<AccessLogEntry> ofSubject(UUID subjectId, OffsetDateTime since, int limit) {
        return newestWhere("subject_id", subjectId, since, limit);
    }

    public List<AccessLogEntry> ofOrganisation(UUID organisationId, OffsetDateTime since, int limit) {
        return newestWhere("organisation_id", organisationId, since, limit);
    }

    /** The newest reads since a moment where a column (one of ours, never input) has the value. */
    private List<AccessLogEntry> newestWhere(String column, UUID value, OffsetDateTime since, int limit) {
        return jdbc.sql("select " + COLUMNS + " from access_log where " + column + " = :value and read_at >= :since"
                        + " order by read_at desc limit :limit")
                .param("value", value)
                .param("since", since)
                .param("limit", limit)
                .query(AccessLogRepository::entry)
                .list();
    }

    private static AccessLogEntry entry(ResultSet rs, int row) throws SQLException {
        return new AccessLogEntry(rs.getObject("read_at", OffsetDateTime.class), rs.getObject("reader_id", UUID.class),
                rs.getObject("subject_id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getString("part"), rs.getString("basis"));
    }
}
