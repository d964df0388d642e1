package no.veiviser.portfolio.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import no.veiviser.portfolio.ActivityComment;
import no.veiviser.portfolio.Attachment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Comments on activities and the files that document them. */
@Repository
public class AttachmentRepository {

    private static final String ATTACHMENT_COLUMNS = "a.id, a.candidate_id, a.filename, a.media_type, a.size_bytes, a.sha256";

    private final JdbcClient jdbc;

    AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Attachment attachment, byte[] content, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into attachment (id, candidate_id, filename, media_type, size_bytes, sha256, content,
                                        created_at, created_by, changed_at, changed_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(attachment.id(), attachment.candidateId(), attachment.filename(), attachment.mediaType(),
                        attachment.sizeBytes(), attachment.sha256(), content, now, actor, now, actor)
                .update();
    }

    public void link(UUID activityId, UUID attachmentId, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into activity_attachment (activity_id, attachment_id, created_at, created_by, changed_at, changed_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(activityId, attachmentId, now, actor, now, actor).update();
    }

    public Optional<Attachment> find(UUID attachmentId) {
        return jdbc.sql("select " + ATTACHMENT_COLUMNS + " from attachment a where a.id = ?")
                .param(attachmentId).query(AttachmentRepository::attachment).optional();
    }

    public byte[] content(UUID attachmentId) {
        return jdbc.sql("select content from attachment where id = ?").param(attachmentId).query(byte[].class).single();
    }

    /** The activities a file documents. */
    public List<UUID> activitiesOf(UUID attachmentId) {
        return jdbc.sql("select activity_id from activity_attachment where attachment_id = ?")
                .param(attachmentId).query(UUID.class).list();
    }

    /** The files of several activities in one query, by activity. */
    public Map<UUID, List<Attachment>> ofActivities(Collection<UUID> activityIds) {
        if (activityIds.isEmpty()) {
            return Map.of();
        }
        record Linked(UUID activityId, Attachment attachment) {
        }
        return jdbc.sql("select l.activity_id, " + ATTACHMENT_COLUMNS + """
                         from activity_attachment l join attachment a on a.id = l.attachment_id
                        where l.activity_id in (:ids) order by a.created_at, a.filename""")
                .param("ids", activityIds)
                .query((rs, row) -> new Linked(rs.getObject("activity_id", UUID.class), attachment(rs, row))).list()
                .stream().collect(Collectors.groupingBy(Linked::activityId,
                        Collectors.mapping(Linked::attachment, Collectors.toList())));
    }

    public void insertComment(ActivityComment comment, String actor) {
        jdbc.sql("""
                insert into activity_comment (id, activity_id, author_id, body, created_at, created_by, changed_at, changed_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(comment.id(), comment.activityId(), comment.authorId(), comment.body(), comment.writtenAt(), actor,
                        comment.writtenAt(), actor)
                .update();
    }

    public List<ActivityComment> commentsOf(UUID activityId) {
        return jdbc.sql("select id, activity_id, author_id, body, created_at from activity_comment where activity_id = ? order by created_at, id")
                .param(activityId)
                .query((rs, row) -> new ActivityComment(rs.getObject("id", UUID.class), rs.getObject("activity_id", UUID.class),
                        rs.getObject("author_id", UUID.class), rs.getString("body"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    private static Attachment attachment(ResultSet rs, int row) throws SQLException {
        return new Attachment(rs.getObject("id", UUID.class), rs.getObject("candidate_id", UUID.class),
                rs.getString("filename"), rs.getString("media_type"), rs.getInt("size_bytes"), rs.getString("sha256"));
    }
}
