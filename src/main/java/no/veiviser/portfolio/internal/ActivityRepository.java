package no.veiviser.portfolio.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.veiviser.shared.Paged;
import no.veiviser.portfolio.ActivityStatus;
import no.veiviser.portfolio.ActivityType;
import no.veiviser.portfolio.LearningActivity;
import no.veiviser.portfolio.SignatureRequest;
import no.veiviser.portfolio.SignedEvidence;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ActivityRepository {

    private static final String ACTIVITY_COLUMNS = "id, candidate_id, type, description, performed_on, shift_start, "
            + "shift_end, place, hours, goal_codes, status, previous_version_id, correction_reason";
    private static final String REQUEST_COLUMNS = "id, activity_id, signer_id, requested_at, decision, decided_at, comment";

    private final JdbcClient jdbc;

    ActivityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(LearningActivity activity, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into learning_activity (id, candidate_id, type, description, performed_on, shift_start, shift_end,
                                               place, hours, goal_codes, status, previous_version_id, correction_reason,
                                               created_at, created_by, changed_at, changed_by)
                values (:id, :candidateId, :type, :description, :performedOn, :shiftStart, :shiftEnd, :place, :hours,
                        :goalCodes, :status, :previousVersionId, :correctionReason, :now, :actor, :now, :actor)
                """)
                .param("id", activity.id())
                .param("candidateId", activity.candidateId())
                .param("type", activity.type().name())
                .param("description", activity.description())
                .param("performedOn", activity.performedOn())
                .param("shiftStart", activity.shiftStart())
                .param("shiftEnd", activity.shiftEnd())
                .param("place", activity.place())
                .param("hours", activity.hours())
                .param("goalCodes", activity.goalCodes().toArray(String[]::new))
                .param("status", activity.status().name())
                .param("previousVersionId", activity.previousVersionId())
                .param("correctionReason", activity.correctionReason())
                .param("now", now)
                .param("actor", actor)
                .update();
    }

    /** Replaces the content of a draft or a rejected activity, which is a draft again; false when it changed meanwhile. */
    public boolean updateDraft(LearningActivity changed, ActivityStatus from, String actor, OffsetDateTime now) {
        return jdbc.sql("""
                update learning_activity set type = :type, description = :description, performed_on = :performedOn,
                       shift_start = :shiftStart, shift_end = :shiftEnd, place = :place, hours = :hours,
                       goal_codes = :goalCodes, status = 'DRAFT', changed_at = :now, changed_by = :actor,
                       version = version + 1
                 where id = :id and status = :from
                """)
                .param("id", changed.id())
                .param("from", from.name())
                .param("type", changed.type().name())
                .param("description", changed.description())
                .param("performedOn", changed.performedOn())
                .param("shiftStart", changed.shiftStart())
                .param("shiftEnd", changed.shiftEnd())
                .param("place", changed.place())
                .param("hours", changed.hours())
                .param("goalCodes", changed.goalCodes().toArray(String[]::new))
                .param("now", now)
                .param("actor", actor)
                .update() == 1;
    }

    /** Closes her open request on the activity as withdrawn; false when there is none (it was decided). */
    public boolean withdrawOpenRequest(UUID activityId, String actor, OffsetDateTime now) {
        return jdbc.sql("""
                update signature_request set decision = 'WITHDRAWN', decided_at = :now, changed_at = :now,
                       changed_by = :actor, version = version + 1
                 where activity_id = :activityId and decision is null
                """)
                .param("activityId", activityId).param("now", now).param("actor", actor).update() == 1;
    }

    /** Moves an activity from one status to another; false when it was not in the expected status. */
    public boolean changeStatus(UUID id, ActivityStatus from, ActivityStatus to, String actor, OffsetDateTime now) {
        return jdbc.sql("""
                update learning_activity set status = :to, changed_at = :now, changed_by = :actor, version = version + 1
                 where id = :id and status = :from
                """)
                .param("id", id).param("from", from.name()).param("to", to.name()).param("now", now).param("actor", actor)
                .update() == 1;
    }

    public Optional<LearningActivity> find(UUID id) {
        return jdbc.sql("select " + ACTIVITY_COLUMNS + " from learning_activity where id = :id")
                .param("id", id).query(ActivityRepository::activity).optional();
    }

    public List<LearningActivity> ofCandidate(UUID candidateId) {
        return jdbc.sql("select " + ACTIVITY_COLUMNS + " from learning_activity where candidate_id = :id order by performed_on desc, created_at desc")
                .param("id", candidateId).query(ActivityRepository::activity).list();
    }

    /** Her activities, every version but the drafts she threw away, newest first, without what they say. */
    public List<SignedEvidence.Version> versionsOfCandidate(UUID candidateId) {
        return jdbc.sql("select id, status, previous_version_id, goal_codes from learning_activity"
                        + " where candidate_id = :id and status <> 'DISCARDED' order by performed_on desc, created_at desc")
                .param("id", candidateId)
                .query((rs, row) -> new SignedEvidence.Version(rs.getObject(1, UUID.class),
                        ActivityStatus.valueOf(rs.getString(2)), rs.getObject(3, UUID.class),
                        Arrays.asList((String[]) rs.getArray(4).getArray())))
                .list();
    }

    /** Her activities, every version, that name the goal, newest first. */
    public List<LearningActivity> ofCandidateAndGoal(UUID candidateId, String goalCode) {
        return jdbc.sql("select " + ACTIVITY_COLUMNS + " from learning_activity where candidate_id = :id"
                        + " and :goal = any(goal_codes) order by performed_on desc, created_at desc")
                .param("id", candidateId).param("goal", goalCode).query(ActivityRepository::activity).list();
    }

    /**
     * One page of the candidate's activities that are not thrown away, newest first, with how many
     * there are on all pages (counted in the same statement). A page past the end is the first.
     */
    public Paged<LearningActivity> pageOfCandidate(UUID candidateId, int number, int size) {
        List<Long> total = new java.util.ArrayList<>();
        List<LearningActivity> rows = jdbc.sql("select " + ACTIVITY_COLUMNS + ", count(*) over () as total"
                        + " from learning_activity where candidate_id = :id and status <> 'DISCARDED'"
                        + " order by performed_on desc, created_at desc, id limit :size offset :offset")
                .param("id", candidateId).param("size", size).param("offset", Paged.offset(number, size))
                .query((rs, row) -> {
                    total.add(rs.getLong("total"));
                    return activity(rs, row);
                }).list();
        if (rows.isEmpty() && number > 1) {
            return pageOfCandidate(candidateId, 1, size);
        }
        return new Paged<>(rows, number, size, total.isEmpty() ? 0 : total.get(0));
    }

    public List<LearningActivity> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + ACTIVITY_COLUMNS + " from learning_activity where id in (:ids)")
                .param("ids", ids).query(ActivityRepository::activity).list();
    }

    public void insertRequest(SignatureRequest request, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into signature_request (id, activity_id, signer_id, requested_at, created_at, created_by, changed_at, changed_by)
                values (:id, :activityId, :signerId, :now, :now, :actor, :now, :actor)
                """)
                .param("id", request.id()).param("activityId", request.activityId()).param("signerId", request.signerId())
                .param("now", now).param("actor", actor).update();
    }

    /**
     * The request, locked until the transaction ends, decided or not: a decision taken meanwhile by the
     * same signer is then seen as such (a conflict), not as a request that does not exist.
     */
    public Optional<SignatureRequest> requestForUpdate(UUID id) {
        return jdbc.sql("select " + REQUEST_COLUMNS + " from signature_request where id = :id for update")
                .param("id", id).query(ActivityRepository::request).optional();
    }

    public void decide(UUID id, String decision, String comment, String actor, OffsetDateTime now) {
        jdbc.sql("""
                update signature_request set decision = :decision, decided_at = :now, comment = :comment,
                       changed_at = :now, changed_by = :actor, version = version + 1
                 where id = :id and decision is null
                """)
                .param("id", id).param("decision", decision).param("comment", comment).param("now", now)
                .param("actor", actor).update();
    }

    /** The open requests addressed to a signer, oldest first. */
    public List<SignatureRequest> openFor(UUID signerId) {
        return jdbc.sql("select " + REQUEST_COLUMNS + " from signature_request where signer_id = :id and decision is null order by requested_at, id")
                .param("id", signerId).query(ActivityRepository::request).list();
    }

    /** Every request of one activity, oldest first: its sign-off history. */
    public List<SignatureRequest> requestsOf(UUID activityId) {
        return jdbc.sql("select " + REQUEST_COLUMNS + " from signature_request where activity_id = :id order by requested_at, id")
                .param("id", activityId).query(ActivityRepository::request).list();
    }

    /**
     * The newest request of each of a candidate's activities: one probe of the index on
     * (activity_id, requested_at) per activity, never a join that reads every request.
     */
    public static final String LATEST_REQUESTS_OF_CANDIDATE = """
            select r.id, r.activity_id, r.signer_id, r.requested_at, r.decision, r.decided_at, r.comment
              from learning_activity a
             cross join lateral (select * from signature_request s where s.activity_id = a.id
                                  order by s.requested_at desc limit 1) r
             where a.candidate_id = :id
            """;

    /** The newest request of each of the candidate's activities. */
    public List<SignatureRequest> latestRequestsOfCandidate(UUID candidateId) {
        return jdbc.sql(LATEST_REQUESTS_OF_CANDIDATE).param("id", candidateId).query(ActivityRepository::request).list();
    }

    /** The newest request of each of the given activities; reads the index on (activity_id, requested_at). */
    public static final String LATEST_REQUESTS_OF_ACTIVITIES = """
            select distinct on (activity_id) id, activity_id, signer_id, requested_at, decision, decided_at, comment
              from signature_request
             where activity_id = any(:ids)
             order by activity_id, requested_at desc
            """;

    public List<SignatureRequest> latestRequestsOf(Collection<UUID> activityIds) {
        if (activityIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(LATEST_REQUESTS_OF_ACTIVITIES).param("ids", activityIds.toArray(UUID[]::new))
                .query(ActivityRepository::request).list();
    }

    private static LearningActivity activity(ResultSet rs, int row) throws SQLException {
        return new LearningActivity(rs.getObject("id", UUID.class), rs.getObject("candidate_id", UUID.class),
                ActivityType.valueOf(rs.getString("type")), rs.getString("description"),
                rs.getObject("performed_on", LocalDate.class), rs.getObject("shift_start", OffsetDateTime.class),
                rs.getObject("shift_end", OffsetDateTime.class), rs.getString("place"),
                rs.getObject("hours", BigDecimal.class), Arrays.asList((String[]) rs.getArray("goal_codes").getArray()),
                ActivityStatus.valueOf(rs.getString("status")), rs.getObject("previous_version_id", UUID.class),
                rs.getString("correction_reason"));
    }

    private static SignatureRequest request(ResultSet rs, int row) throws SQLException {
        return new SignatureRequest(rs.getObject("id", UUID.class), rs.getObject("activity_id", UUID.class),
                rs.getObject("signer_id", UUID.class), rs.getObject("requested_at", OffsetDateTime.class),
                rs.getString("decision"), rs.getObject("decided_at", OffsetDateTime.class), rs.getString("comment"));
    }
}
