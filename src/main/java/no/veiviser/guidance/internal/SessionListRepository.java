package no.veiviser.guidance.internal;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.veiviser.guidance.GuidanceSession;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sessions read many at a time, without their texts: a person's guidance list a page at a time, and
 * the sessions of some candidates that count.
 */
@Repository
public class SessionListRepository {

    private final JdbcClient jdbc;

    SessionListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
    public record SessionPage(List<GuidanceSession> rows, long total, long toFinalise, Set<UUID> replaced,
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
        Set<UUID> replaced = new HashSet<>();
        List<GuidanceSession> rows = new ArrayList<>();
        List<GuidanceSession> counted = new ArrayList<>();
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
                    GuidanceSession session = GuidanceSessionRepository.session(rs, 0);
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
        return whose.bind(jdbc.sql(GuidanceSessionRepository.SELECT + """
                 where %s and held_on between :from and :to and status = 'FINALISED' and not %s
                 order by held_on, starts_at
                """.formatted(whose.where(), replaced("guidance_session"))))
                .param("from", from).param("to", to).query(GuidanceSessionRepository::session).list();
    }
}
