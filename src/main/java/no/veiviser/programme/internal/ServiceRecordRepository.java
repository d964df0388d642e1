package no.veiviser.programme.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.veiviser.programme.AbsenceType;
import no.veiviser.programme.ServiceCategory;
import no.veiviser.programme.ServiceRecord;
import no.veiviser.programme.ServiceRecordKind;
import no.veiviser.programme.ServiceRecordStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ServiceRecordRepository {

    private static final String SELECT = """
            select r.id, r.enrolment_id, e.candidate_id, r.kind, r.from_date, r.to_date, r.category,
                   r.position_percent, r.exemption50, r.employer, r.arena_id, r.absence_type, r.shift_start,
                   r.shift_end, r.status, r.decided_by, r.decision_comment, r.version, r.replaces
              from service_record r join enrolment e on e.id = r.enrolment_id
            """;
    private static final String ORDER = " order by coalesce(r.from_date, r.shift_start::date), r.shift_start, r.created_at";

    /**
     * As {@link #SELECT}, with each record's candidate read by the enrolment's key. Asked for a list
     * of enrolments, a plan made once for any list joins by hashing every enrolment in the country
     * (25,000 at national size), which costs more than the records themselves.
     */
    private static final String SELECT_BY_KEY = """
            select r.id, r.enrolment_id, (select e.candidate_id from enrolment e where e.id = r.enrolment_id) as candidate_id,
                   r.kind, r.from_date, r.to_date, r.category, r.position_percent, r.exemption50, r.employer,
                   r.arena_id, r.absence_type, r.shift_start, r.shift_end, r.status, r.decided_by,
                   r.decision_comment, r.version, r.replaces
              from service_record r
            """;

    private final JdbcClient jdbc;

    ServiceRecordRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ServiceRecord record, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into service_record (id, enrolment_id, kind, from_date, to_date, category, position_percent,
                                            exemption50, employer, arena_id, absence_type, shift_start, shift_end,
                                            status, replaces, created_at, created_by, changed_at, changed_by)
                values (:id, :enrolmentId, :kind, :from, :to, :category, :position, :exemption50, :employer, :arenaId,
                        :absenceType, :shiftStart, :shiftEnd, :status, :replaces, :now, :actor, :now, :actor)
                """)
                .param("id", record.id())
                .param("enrolmentId", record.enrolmentId())
                .param("kind", record.kind().name())
                .param("from", record.from())
                .param("to", record.to())
                .param("category", name(record.category()))
                .param("position", record.positionPercent())
                .param("exemption50", record.exemption50())
                .param("employer", record.employer())
                .param("arenaId", record.arenaId())
                .param("absenceType", name(record.absenceType()))
                .param("shiftStart", record.shiftStart())
                .param("shiftEnd", record.shiftEnd())
                .param("status", record.status().name())
                .param("replaces", record.replaces())
                .param("now", now)
                .param("actor", actor)
                .update();
    }

    /**
     * Moves a record from REPORTED to another status. Returns false when someone decided or withdrew
     * it meanwhile (nothing is changed then).
     */
    public boolean decide(UUID id, ServiceRecordStatus status, UUID decidedBy, String comment, String actor,
                          OffsetDateTime now) {
        return jdbc.sql("""
                update service_record
                   set status = :status, decided_by = :decidedBy, decided_at = :decidedAt, decision_comment = :comment,
                       changed_at = :now, changed_by = :actor, version = version + 1
                 where id = :id and status = 'REPORTED'
                """)
                .param("id", id)
                .param("status", status.name())
                .param("decidedBy", decidedBy)
                .param("decidedAt", decidedBy == null ? null : now)
                .param("comment", comment)
                .param("now", now)
                .param("actor", actor)
                .update() == 1;
    }

    public Optional<ServiceRecord> find(UUID id) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", id)
                .query(ServiceRecordRepository::record).optional();
    }

    public List<ServiceRecord> ofEnrolment(UUID enrolmentId) {
        return jdbc.sql(SELECT + " where r.enrolment_id = :enrolmentId" + ORDER).param("enrolmentId", enrolmentId)
                .query(ServiceRecordRepository::record).list();
    }

    /** The periods and absences of several enrolments, without their on-call shifts (V40's index). */
    public List<ServiceRecord> employmentOfEnrolments(java.util.Collection<UUID> enrolmentIds) {
        if (enrolmentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT_BY_KEY + " where r.enrolment_id = any(:ids) and r.kind <> 'ON_CALL_SHIFT'" + ORDER)
                .param("ids", enrolmentIds.toArray(UUID[]::new)).query(ServiceRecordRepository::record).list();
    }

    /** How many records of these candidates wait for a decision, by candidate (one query). */
    public java.util.Map<UUID, Long> awaitingByCandidate(java.util.Collection<UUID> candidateIds) {
        if (candidateIds.isEmpty()) {
            return java.util.Map.of();
        }
        return jdbc.sql("""
                select e.candidate_id, count(*) as awaiting
                  from service_record r join enrolment e on e.id = r.enrolment_id
                 where r.status = 'REPORTED' and e.candidate_id in (:ids)
                 group by e.candidate_id
                """).param("ids", candidateIds)
                .query((rs, row) -> java.util.Map.entry(rs.getObject("candidate_id", UUID.class), rs.getLong("awaiting")))
                .list().stream().collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey,
                        java.util.Map.Entry::getValue));
    }

    /** Locks the enrolment's row so that two shifts reported at once are checked one after the other. */
    public void lockEnrolment(UUID enrolmentId) {
        jdbc.sql("select id from enrolment where id = :id for update").param("id", enrolmentId)
                .query(UUID.class).optional();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static ServiceRecord record(ResultSet rs, int row) throws SQLException {
        return new ServiceRecord(
                rs.getObject("id", UUID.class),
                rs.getObject("enrolment_id", UUID.class),
                rs.getObject("candidate_id", UUID.class),
                ServiceRecordKind.valueOf(rs.getString("kind")),
                rs.getObject("from_date", LocalDate.class),
                rs.getObject("to_date", LocalDate.class),
                rs.getString("category") == null ? null : ServiceCategory.valueOf(rs.getString("category")),
                rs.getBigDecimal("position_percent"),
                rs.getBoolean("exemption50"),
                rs.getString("employer"),
                rs.getObject("arena_id", UUID.class),
                rs.getString("absence_type") == null ? null : AbsenceType.valueOf(rs.getString("absence_type")),
                rs.getObject("shift_start", LocalDateTime.class),
                rs.getObject("shift_end", LocalDateTime.class),
                ServiceRecordStatus.valueOf(rs.getString("status")),
                rs.getObject("decided_by", UUID.class),
                rs.getString("decision_comment"),
                rs.getInt("version"),
                rs.getObject("replaces", UUID.class));
    }
}
