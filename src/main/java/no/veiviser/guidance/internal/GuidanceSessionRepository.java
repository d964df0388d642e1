package no.veiviser.guidance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.veiviser.guidance.GuidanceSession;
import no.veiviser.guidance.SessionMode;
import no.veiviser.guidance.SessionStatus;
import no.veiviser.guidance.SessionText;
import no.veiviser.guidance.TextKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sessions and, apart from them, their private texts. {@link #texts} is the only query that reads
 * {@code guidance_text}; the guidance service calls it only for the two people of a session.
 */
@Repository
public class GuidanceSessionRepository {

    static final String SELECT = """
            select id, candidate_id, veileder_id, held_on, starts_at, ends_at, mode, place, goal_codes, status, version,
                   corrects, correction_reason
              from guidance_session
            """;

    private final JdbcClient jdbc;

    GuidanceSessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(GuidanceSession session, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into guidance_session (id, candidate_id, veileder_id, held_on, starts_at, ends_at, mode, place,
                                              goal_codes, status, corrects, correction_reason, created_at, created_by,
                                              changed_at, changed_by)
                values (:id, :candidateId, :veilederId, :heldOn, :startsAt, :endsAt, :mode, :place, :goalCodes,
                        :status, :corrects, :reason, :now, :actor, :now, :actor)
                """)
                .param("id", session.id())
                .param("candidateId", session.candidateId())
                .param("veilederId", session.veilederId())
                .param("heldOn", session.heldOn())
                .param("startsAt", session.startsAt())
                .param("endsAt", session.endsAt())
                .param("mode", session.mode().name())
                .param("place", session.place())
                .param("goalCodes", session.goalCodes().toArray(String[]::new))
                .param("status", session.status().name())
                .param("corrects", session.corrects())
                .param("reason", session.correctionReason())
                .param("now", now)
                .param("actor", actor)
                .update();
    }

    public Optional<GuidanceSession> find(UUID id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(GuidanceSessionRepository::session).optional();
    }

    /** A planned session, locked until the transaction ends so that two changes to it queue. */
    public Optional<GuidanceSession> findPlannedForUpdate(UUID id) {
        return jdbc.sql(SELECT + " where id = :id and status = 'PLANNED' for update").param("id", id)
                .query(GuidanceSessionRepository::session).optional();
    }

    public List<GuidanceSession> ofCandidate(UUID candidateId) {
        return jdbc.sql(SELECT + " where candidate_id = :candidateId order by held_on desc, starts_at desc")
                .param("candidateId", candidateId).query(GuidanceSessionRepository::session).list();
    }

    /** The correction of a session that stands (planned or finalised), if any. */
    public Optional<GuidanceSession> correctionOf(UUID id) {
        return jdbc.sql(SELECT + " where corrects = :id and status <> 'CANCELLED'").param("id", id)
                .query(GuidanceSessionRepository::session).optional();
    }

    /** Moves a planned session; false when it was finalised or cancelled meanwhile. */
    public boolean reschedule(GuidanceSession moved, String actor, OffsetDateTime now) {
        return jdbc.sql("""
                update guidance_session set held_on = :heldOn, starts_at = :startsAt, ends_at = :endsAt, mode = :mode,
                       place = :place, changed_at = :now, changed_by = :actor, version = version + 1
                 where id = :id and status = 'PLANNED'
                """)
                .param("id", moved.id()).param("heldOn", moved.heldOn()).param("startsAt", moved.startsAt())
                .param("endsAt", moved.endsAt()).param("mode", moved.mode().name()).param("place", moved.place())
                .param("now", now).param("actor", actor).update() == 1;
    }

    /** Copies a session's texts to its correction, which its two people then change as needed. */
    public void copyTexts(UUID from, UUID to, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into guidance_text (session_id, kind, body, written_by, created_at, created_by, changed_at,
                                           changed_by)
                select :to, kind, body, written_by, :now, :actor, :now, :actor from guidance_text where session_id = :from
                """)
                .param("from", from).param("to", to).param("now", now).param("actor", actor).update();
    }

    /** Changes what a planned session is about; false when it was finalised or cancelled meanwhile. */
    public boolean changeGoals(UUID id, List<String> goalCodes, String actor, OffsetDateTime now) {
        return jdbc.sql("""
                update guidance_session set goal_codes = :goalCodes, changed_at = :now, changed_by = :actor,
                       version = version + 1
                 where id = :id and status = 'PLANNED'
                """)
                .param("id", id).param("goalCodes", goalCodes.toArray(String[]::new)).param("now", now)
                .param("actor", actor).update() == 1;
    }

    /** Moves a planned session to its end state; false when someone else did first. */
    public boolean close(UUID id, SessionStatus status, UUID by, String actor, OffsetDateTime now) {
        return jdbc.sql("""
                update guidance_session
                   set status = :status, finalised_at = :finalisedAt, finalised_by = :finalisedBy,
                       changed_at = :now, changed_by = :actor, version = version + 1
                 where id = :id and status = 'PLANNED'
                """)
                .param("id", id).param("status", status.name())
                .param("finalisedAt", status == SessionStatus.FINALISED ? now : null)
                .param("finalisedBy", status == SessionStatus.FINALISED ? by : null)
                .param("now", now).param("actor", actor).update() == 1;
    }

    /** Whom the session is shared with now (shares not revoked). */
    public List<UUID> sharedWith(UUID sessionId) {
        return jdbc.sql("select person_id from guidance_share where session_id = :id and revoked_at is null")
                .param("id", sessionId).query(UUID.class).list();
    }

    /** Records a share; false when it is already shared with the person. */
    public boolean share(UUID sessionId, UUID personId, String actor, OffsetDateTime now) {
        return jdbc.sql("""
                insert into guidance_share (id, session_id, person_id, created_at, created_by, changed_at, changed_by)
                values (:id, :sessionId, :personId, :now, :actor, :now, :actor)
                on conflict (session_id, person_id) where revoked_at is null do nothing
                """)
                .param("id", UUID.randomUUID()).param("sessionId", sessionId).param("personId", personId)
                .param("now", now).param("actor", actor).update() == 1;
    }

    /** Revokes a standing share; false when there was none. */
    public boolean revokeShare(UUID sessionId, UUID personId, String actor, OffsetDateTime now) {
        return jdbc.sql("""
                update guidance_share set revoked_at = :now, revoked_by = :actor, changed_at = :now, changed_by = :actor,
                       version = version + 1
                 where session_id = :sessionId and person_id = :personId and revoked_at is null
                """)
                .param("sessionId", sessionId).param("personId", personId).param("now", now).param("actor", actor)
                .update() == 1;
    }

    /** The private texts of one session. Read only for the candidate and the session's veileder. */
    public Map<TextKind, SessionText> texts(UUID sessionId) {
        Map<TextKind, SessionText> texts = new EnumMap<>(TextKind.class);
        jdbc.sql("""
                select kind, body, written_by, changed_at, version from guidance_text where session_id = :id
                """)
                .param("id", sessionId)
                .query((rs, row) -> new SessionText(TextKind.valueOf(rs.getString("kind")), rs.getString("body"),
                        rs.getObject("written_by", UUID.class), rs.getObject("changed_at", OffsetDateTime.class),
                        rs.getInt("version")))
                .list().forEach(text -> texts.put(text.kind(), text));
        return texts;
    }

    /**
     * Writes a text if the writer saw its current version ({@code -1}: that it did not exist yet).
     * Returns false when someone else wrote it meanwhile: nothing is overwritten then.
     */
    public boolean writeText(UUID sessionId, TextKind kind, String body, UUID writer, int seenVersion, String actor,
                             OffsetDateTime now) {
        if (seenVersion < 0) {
            return jdbc.sql("""
                    insert into guidance_text (session_id, kind, body, written_by, created_at, created_by, changed_at,
                                               changed_by)
                    values (:id, :kind, :body, :writer, :now, :actor, :now, :actor)
                    on conflict (session_id, kind) do nothing
                    """)
                    .param("id", sessionId).param("kind", kind.name()).param("body", body).param("writer", writer)
                    .param("now", now).param("actor", actor).update() == 1;
        }
        return jdbc.sql("""
                update guidance_text set body = :body, written_by = :writer, changed_at = :now, changed_by = :actor,
                       version = version + 1
                 where session_id = :id and kind = :kind and version = :seen
                """)
                .param("id", sessionId).param("kind", kind.name()).param("body", body).param("writer", writer)
                .param("seen", seenVersion).param("now", now).param("actor", actor).update() == 1;
    }

    static GuidanceSession session(ResultSet rs, int row) throws SQLException {
        return new GuidanceSession(rs.getObject("id", UUID.class), rs.getObject("candidate_id", UUID.class),
                rs.getObject("veileder_id", UUID.class), rs.getObject("held_on", LocalDate.class),
                rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class),
                SessionMode.valueOf(rs.getString("mode")), rs.getString("place"),
                Arrays.asList((String[]) rs.getArray("goal_codes").getArray()),
                SessionStatus.valueOf(rs.getString("status")), rs.getInt("version"),
                rs.getObject("corrects", UUID.class), rs.getString("correction_reason"));
    }
}
