package no.veiviser.guidance.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.veiviser.guidance.WorkTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Veileder work time: inserted, withdrawn once, never changed (V33). */
@Repository
public class WorkTimeRepository {

    private static final String COLUMNS = "id, veileder_id, candidate_id, worked_on, hours";

    private final JdbcClient jdbc;

    WorkTimeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(WorkTime entry, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into veileder_work_time (id, veileder_id, candidate_id, worked_on, hours,
                                                created_at, created_by, changed_at, changed_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(entry.id(), entry.veilederId(), entry.candidateId(), entry.workedOn(), entry.hours(),
                        now, actor, now, actor)
                .update();
    }

    /** The veileder's standing entry, or empty when it is not hers or was withdrawn. */
    public Optional<WorkTime> standing(UUID id, UUID veilederId) {
        return jdbc.sql("select " + COLUMNS + " from veileder_work_time where id = ? and veileder_id = ? and withdrawn_at is null")
                .params(id, veilederId).query(WorkTime.class).optional();
    }

    /** False when it was withdrawn meanwhile. */
    public boolean withdraw(UUID id, String actor, OffsetDateTime now) {
        return jdbc.sql("""
                update veileder_work_time set withdrawn_at = ?, withdrawn_by = ?, changed_at = ?, changed_by = ?,
                       version = version + 1
                where id = ? and withdrawn_at is null""")
                .params(now, actor, now, actor, id).update() == 1;
    }

    /** The veileder's standing entries from {@code from} to {@code to}, oldest first. */
    public List<WorkTime> ofVeileder(UUID veilederId, LocalDate from, LocalDate to) {
        return jdbc.sql("select " + COLUMNS + " from veileder_work_time where veileder_id = ? and worked_on between ? and ?"
                        + " and withdrawn_at is null order by worked_on, created_at")
                .params(veilederId, from, to).query(WorkTime.class).list();
    }
}
