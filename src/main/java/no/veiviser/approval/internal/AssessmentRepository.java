package no.veiviser.approval.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.veiviser.approval.AssessmentEvent;
import no.veiviser.approval.AssessmentStatus;
import no.veiviser.approval.GoalAssessment;
import no.veiviser.shared.Paged;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AssessmentRepository {

    private static final String COLUMNS = "id, candidate_id, goal_code, status, candidate_justification, version";

    private final JdbcClient jdbc;

    AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<GoalAssessment> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from goal_assessment where id = :id")
                .param("id", id).query(AssessmentRepository::assessment).optional();
    }

    /**
     * The assessment, locked until the transaction ends: steps that depend on what happened since the
     * submission (a recommendation, say) are taken one at a time per goal.
     */
    public Optional<GoalAssessment> findForUpdate(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from goal_assessment where id = :id for update")
                .param("id", id).query(AssessmentRepository::assessment).optional();
    }

    public Optional<GoalAssessment> find(UUID candidateId, String goalCode) {
        return jdbc.sql("select " + COLUMNS + " from goal_assessment where candidate_id = :candidateId and goal_code = :goal")
                .param("candidateId", candidateId).param("goal", goalCode).query(AssessmentRepository::assessment).optional();
    }

    public List<GoalAssessment> ofCandidate(UUID candidateId) {
        return jdbc.sql("select " + COLUMNS + " from goal_assessment where candidate_id = :candidateId order by goal_code")
                .param("candidateId", candidateId).query(AssessmentRepository::assessment).list();
    }

    /**
     * The submitted assessments waiting for the person in the relationships asked that hold on the day,
     * from V48's queue (kept by the database from the assessments and the relationships), each once
     * though she may hold two relationships to its candidate, in the order of its index: longest
     * waiting first. Reading only her rows, a page costs the same for the largest approver's 10,000
     * as for a small municipality's few.
     */
    private static final String WAITING = "select distinct q.changed_at, q.assessment_id from assessment_queue q"
            + " where q.person_id = :person and q.kind = any(:kinds)"
            + " and q.valid_from <= :day and (q.valid_to is null or q.valid_to >= :day)";

    /**
     * Not answered by the person since the latest submission: looked up by that submission and her
     * (V19's index), which names the assessment already. Asked by assessment and person as well, the
     * plan made once for any person read all her answers for each entry (2 ms more at national size).
     */
    private static final String NOT_ANSWERED_BY = " and not exists (select 1 from goal_assessment_event answer"
            + "  where answer.person_id = :person"
            + "    and answer.kind in ('RECOMMENDED', 'NOT_YET')"
            + "    and answer.submission_id = (select submitted.id from goal_assessment_event submitted"
            + "         where submitted.assessment_id = q.assessment_id and submitted.kind = 'SUBMITTED'"
            + "         order by submitted.occurred_at desc, submitted.created_at desc limit 1))";

    /**
     * A page of the waiting assessments, longest waiting first, with how many there are on all pages,
     * counted up to {@link Paged#COUNT_LIMIT}{@code + 1}. The columns are read for the page's rows only.
     */
    private static String pageOf(String waiting) {
        return "select a.id, a.candidate_id, a.goal_code, a.status, a.candidate_justification, a.version,"
                + " (select count(*) from (" + waiting + " limit :countLimit) counted) as total"
                + " from (" + waiting + " order by q.changed_at, q.assessment_id limit :size offset :offset) page"
                + " join goal_assessment a on a.id = page.assessment_id order by page.changed_at, page.assessment_id";
    }

    /** A page of the submitted assessments of the person's candidates (an approver's queue). */
    public static final String SUBMITTED = pageOf(WAITING);

    /**
     * A page of the submitted assessments of the person's candidates she has not answered since the
     * latest submission (a veileder's or supervisor's queue of recommendations).
     */
    public static final String SUBMITTED_NOT_ANSWERED_BY = pageOf(WAITING + NOT_ANSWERED_BY);

    public Paged<GoalAssessment> submittedOf(UUID personId, Collection<String> kinds, LocalDate day, int number,
                                             int size) {
        return page(SUBMITTED, personId, kinds, day, number, size);
    }

    public Paged<GoalAssessment> submittedNotAnsweredBy(UUID personId, Collection<String> kinds, LocalDate day,
                                                        int number, int size) {
        return page(SUBMITTED_NOT_ANSWERED_BY, personId, kinds, day, number, size);
    }

    private Paged<GoalAssessment> page(String sql, UUID personId, Collection<String> kinds, LocalDate day, int number,
                                       int size) {
        if (Paged.offset(number, size) >= Paged.COUNT_LIMIT) {
            return page(sql, personId, kinds, day, 1, size); // past the counted pages, as past the end
        }
        List<Long> total = new ArrayList<>();
        List<GoalAssessment> rows = jdbc.sql(sql).param("person", personId).param("kinds", kinds.toArray(String[]::new))
                .param("day", day).param("size", size).param("offset", Paged.offset(number, size))
                .param("countLimit", Paged.COUNT_LIMIT + 1)
                .query((rs, row) -> {
                    total.add(rs.getLong("total"));
                    return assessment(rs, row);
                }).list();
        if (rows.isEmpty() && number > 1) {
            return page(sql, personId, kinds, day, 1, size);
        }
        return Paged.countedToLimit(rows, number, size, total.isEmpty() ? 0 : total.get(0));
    }

    /** The histories of several assessments, oldest event first (one query). */
    public List<AssessmentEvent> eventsOf(java.util.Collection<UUID> assessmentIds) {
        if (assessmentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, assessment_id, kind, person_id, role, on_behalf_of, comment, occurred_at, basis_codes
                  from goal_assessment_event where assessment_id in (:ids) order by occurred_at, id
                """)
                .param("ids", assessmentIds)
                .query(AssessmentRepository::event)
                .list();
    }

    public void insert(GoalAssessment assessment, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into goal_assessment (id, candidate_id, goal_code, status, candidate_justification,
                                             created_at, created_by, changed_at, changed_by)
                values (:id, :candidateId, :goal, :status, :justification, :now, :actor, :now, :actor)
                """)
                .param("id", assessment.id()).param("candidateId", assessment.candidateId())
                .param("goal", assessment.goalCode()).param("status", assessment.status().name())
                .param("justification", assessment.candidateJustification()).param("now", now).param("actor", actor)
                .update();
    }

    /** Moves the assessment on if nobody else did since {@code expected}; otherwise a conflict. */
    public GoalAssessment transition(GoalAssessment expected, AssessmentStatus to, String justification, String actor,
                                     OffsetDateTime now) {
        int updated = jdbc.sql("""
                update goal_assessment set status = :to, candidate_justification = :justification,
                       changed_at = :now, changed_by = :actor, version = version + 1
                 where id = :id and version = :version and status = :from
                """)
                .param("id", expected.id()).param("version", expected.version()).param("from", expected.status().name())
                .param("to", to.name()).param("justification", justification).param("now", now).param("actor", actor)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("Goal assessment " + expected.id() + " changed meanwhile");
        }
        return new GoalAssessment(expected.id(), expected.candidateId(), expected.goalCode(), to, justification,
                expected.version() + 1);
    }

    /** Appends an event; a recommendation names the submission it answers, which a person answers once (V19). */
    public void insertEvent(AssessmentEvent event, String actor) {
        jdbc.sql("""
                insert into goal_assessment_event (id, assessment_id, kind, person_id, role, on_behalf_of, comment,
                                                   occurred_at, created_at, created_by, changed_at, changed_by,
                                                   submission_id, basis_codes)
                values (:id, :assessmentId, :kind, :personId, :role, :onBehalfOf, :comment, :at, :at, :actor, :at, :actor,
                        case when :kind in ('RECOMMENDED', 'NOT_YET') then
                            (select s.id from goal_assessment_event s
                              where s.assessment_id = :assessmentId and s.kind = 'SUBMITTED'
                              order by s.occurred_at desc, s.created_at desc limit 1) end,
                        :basis)
                """)
                .param("id", event.id()).param("assessmentId", event.assessmentId()).param("kind", event.kind().name())
                .param("personId", event.personId()).param("role", event.role().name())
                .param("onBehalfOf", event.onBehalfOf()).param("comment", event.comment())
                .param("at", event.occurredAt()).param("actor", actor)
                .param("basis", event.basisCodes().toArray(String[]::new))
                .update();
    }

    /** Freezes what stood as evidence when a goal was approved: activity versions and their signatures. */
    public void freezeEvidence(UUID approvalEventId, java.util.Map<UUID, UUID> signatureByActivity, String actor,
                               OffsetDateTime now) {
        signatureByActivity.forEach((activityId, signatureId) -> jdbc.sql("""
                insert into goal_approval_evidence (approval_event_id, activity_id, signature_request_id,
                                                    created_at, created_by, changed_at, changed_by)
                values (:event, :activity, :signature, :now, :actor, :now, :actor)
                """)
                .param("event", approvalEventId).param("activity", activityId).param("signature", signatureId)
                .param("now", now).param("actor", actor)
                .update());
    }

    /** The activity versions frozen with an approval, with the signature each stood on. */
    public java.util.Map<UUID, UUID> evidenceOf(UUID approvalEventId) {
        java.util.Map<UUID, UUID> evidence = new java.util.LinkedHashMap<>();
        jdbc.sql("select activity_id, signature_request_id from goal_approval_evidence where approval_event_id = :event")
                .param("event", approvalEventId)
                .query(rs -> {
                    evidence.put(rs.getObject("activity_id", UUID.class), rs.getObject("signature_request_id", UUID.class));
                });
        return evidence;
    }

    /** The assessment's history, oldest first. */
    public List<AssessmentEvent> events(UUID assessmentId) {
        return jdbc.sql("""
                select id, assessment_id, kind, person_id, role, on_behalf_of, comment, occurred_at, basis_codes
                  from goal_assessment_event where assessment_id = :id order by occurred_at, id
                """)
                .param("id", assessmentId)
                .query(AssessmentRepository::event)
                .list();
    }

    private static AssessmentEvent event(ResultSet rs, int row) throws SQLException {
        return new AssessmentEvent(rs.getObject("id", UUID.class), rs.getObject("assessment_id", UUID.class),
                AssessmentEvent.Kind.valueOf(rs.getString("kind")), rs.getObject("person_id", UUID.class),
                AssessmentEvent.Role.valueOf(rs.getString("role")), rs.getObject("on_behalf_of", UUID.class),
                rs.getString("comment"), rs.getObject("occurred_at", OffsetDateTime.class),
                java.util.Arrays.asList((String[]) rs.getArray("basis_codes").getArray()));
    }

    private static GoalAssessment assessment(ResultSet rs, int row) throws SQLException {
        return new GoalAssessment(rs.getObject("id", UUID.class), rs.getObject("candidate_id", UUID.class),
                rs.getString("goal_code"), AssessmentStatus.valueOf(rs.getString("status")),
                rs.getString("candidate_justification"), rs.getInt("version"));
    }
}
