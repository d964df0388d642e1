package no.veiviser.guidance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
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

    private static final String SELECT = """
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

    /**
     * Whose sessions are read: some candidates' (with any veileder), or a veileder's with some
     * candidates.
     */
    public record Whose(List<UUID> candidateIds, UUID veilederId) {

        public Whose {
            candidateIds = List.copyOf(candidateIds);
        }

        public static Whose candidate(UUID candidateId) {
            return new Whose(List.of(candidateId), null);
        }

        public static Whose candidates(Collection<UUID> candidateIds) {
            return new Whose(List.copyOf(candidateIds), null);
        }

        public static Whose veileder(UUID veilederId, Collection<UUID> candidateIds) {
            return new Whose(List.copyOf(candidateIds), veilederId);
        }

        /** One candidate by a plain equality: PostgreSQL plans that once, the page with {@code any} at every call. */
        private String where() {
            if (veilederId != null) {
                return "veileder_id = :veilederId and candidate_id = any(:candidateIds)";
            }
            return candidateIds.size() == 1 ? "candidate_id = :candidateId" : "candidate_id = any(:candidateIds)";
        }

        private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            if (veilederId == null && candidateIds.size() == 1) {
                return statement.param("candidateId", candidateIds.get(0));
            }
            statement.param("candidateIds", candidateIds.toArray(UUID[]::new));
            return veilederId == null ? statement : statement.param("veilederId", veilederId);
        }
    }

    /**
     * One page of a list of sessions, newest first, and what the list page says of all of them.
     *
     * @param total      the sessions of the list
     * @param toFinalise its planned sessions whose day has come
     * @param replaced   the sessions of the page that a finalised correction replaces
     * @param counted    the sessions of the list in the stretch asked for that count ({@link #counted})
     */
    public record SessionPage(List<GuidanceSession> rows, long total, long toFinalise, java.util.Set<UUID> replaced,
                              List<GuidanceSession> counted) {
    }

    /** Whether a finalised correction replaces the session of that alias. */
    private static String replaced(String alias) {
        return "exists (select 1 from guidance_session correction where correction.corrects = %s.id and correction.status = 'FINALISED')"
                .formatted(alias);
    }

    /**
     * A page of the list with its counts and the sessions of a stretch of days that count, in one
     * statement: the list is read once, counted before the page is cut from it, and only the page's
     * sessions are asked whether a correction replaces them. A page past the end has no rows and so
     * no counts; the caller asks for the first then.
     */
    public SessionPage page(Whose whose, LocalDate today, long offset, int limit, LocalDate from, LocalDate to) {
        long[] counts = new long[2];
        java.util.Set<UUID> replaced = new java.util.HashSet<>();
        List<GuidanceSession> rows = new java.util.ArrayList<>();
        List<GuidanceSession> counted = new java.util.ArrayList<>();
        whose.bind(jdbc.sql("""
                with listed as materialized (
                    select id, candidate_id, veileder_id, held_on, starts_at, ends_at, mode, place, goal_codes, status,
                           version, corrects, correction_reason
                      from guidance_session
                     where %s),
                page as (
                    select listed.*, count(*) over () as total,
                           count(*) filter (where status = 'PLANNED' and held_on <= :today) over () as to_finalise
                      from listed
                     order by held_on desc, starts_at desc, id
                     limit :limit offset :offset)
                select true as shown, page.*, %s as replaced from page
                union all
                select false, listed.*, 0, 0, false from listed
                 where held_on between :from and :to and status = 'FINALISED' and not %s
                 order by shown desc, held_on desc, starts_at desc, id
                """.formatted(whose.where(), replaced("page"), replaced("listed"))))
                .param("today", today).param("limit", limit).param("offset", offset).param("from", from).param("to", to)
                .query((ResultSet rs) -> {
                    GuidanceSession session = session(rs, 0);
                    if (!rs.getBoolean("shown")) {
                        counted.add(session);
                        return;
                    }
                    counts[0] = rs.getLong("total");
                    counts[1] = rs.getLong("to_finalise");
                    if (rs.getBoolean("replaced")) {
                        replaced.add(session.id());
                    }
                    rows.add(session);
                });
        return new SessionPage(rows, counts[0], counts[1], replaced, counted);
    }

    /**
     * The sessions of the list held in a stretch of days that count: finalised, and not replaced by a
     * finalised correction (which keeps the candidate and veileder of the session it corrects, so it
     * belongs to the same list). Oldest first.
     */
    public List<GuidanceSession> counted(Whose whose, LocalDate from, LocalDate to) {
        return whose.bind(jdbc.sql(SELECT + """
                 where %s and held_on between :from and :to and status = 'FINALISED' and not %s
                 order by held_on, starts_at
                """.formatted(whose.where(), replaced("guidance_session"))))
                .param("from", from).param("to", to).query(GuidanceSessionRepository::session).list();
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

    private static GuidanceSession session(ResultSet rs, int row) throws SQLException {
        return new GuidanceSession(rs.getObject("id", UUID.class), rs.getObject("candidate_id", UUID.class),
                rs.getObject("veileder_id", UUID.class), rs.getObject("held_on", LocalDate.class),
                rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class),
                SessionMode.valueOf(rs.getString("mode")), rs.getString("place"),
                Arrays.asList((String[]) rs.getArray("goal_codes").getArray()),
                SessionStatus.valueOf(rs.getString("status")), rs.getInt("version"),
                rs.getObject("corrects", UUID.class), rs.getString("correction_reason"));
    }
}
