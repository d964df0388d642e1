package no.veiviser.portfolio.internal;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The topics of clinical topic course activities; written once with the activity, never changed. */
@Repository
public class CourseTopicRepository {

    private final JdbcClient jdbc;

    CourseTopicRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID activityId, String topic, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into course_topic (activity_id, topic, created_at, created_by, changed_at, changed_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(activityId, topic, now, actor, now, actor)
                .update();
    }

    /** The topic of each of the candidate's course activities that has one, by activity. */
    public Map<UUID, String> ofCandidate(UUID candidateId) {
        Map<UUID, String> topics = new HashMap<>();
        jdbc.sql("""
                select t.activity_id, t.topic from course_topic t
                join learning_activity a on a.id = t.activity_id
                where a.candidate_id = ?""")
                .param(candidateId)
                .query((row, number) -> topics.put(row.getObject(1, UUID.class), row.getString(2)))
                .list();
        return topics;
    }
}
