package no.veiviser.guidance.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.veiviser.guidance.GroupDiploma;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Diplomas of group memberships: inserted, never changed (V35). */
@Repository
public class GroupDiplomaRepository {

    private static final String COLUMNS = "d.id, d.membership_id, d.filename, d.media_type, d.size_bytes";

    private final JdbcClient jdbc;

    GroupDiplomaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(GroupDiploma diploma, String sha256, byte[] content, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into guidance_group_diploma (id, membership_id, filename, media_type, size_bytes, sha256, content,
                                                    created_at, created_by, changed_at, changed_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(diploma.id(), diploma.membershipId(), diploma.filename(), diploma.mediaType(),
                        diploma.sizeBytes(), sha256, content, now, actor, now, actor)
                .update();
    }

    /** The diplomas of all the candidate's memberships, oldest first. */
    public List<GroupDiploma> ofCandidate(UUID candidateId) {
        return jdbc.sql("select " + COLUMNS + " from guidance_group_diploma d"
                        + " join guidance_group_member m on m.id = d.membership_id"
                        + " where m.candidate_id = ? order by d.created_at")
                .param(candidateId).query(GroupDiploma.class).list();
    }

    /** The diploma and the candidate whose membership it documents. */
    public Optional<Owned> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + ", m.candidate_id from guidance_group_diploma d"
                        + " join guidance_group_member m on m.id = d.membership_id where d.id = ?")
                .param(id)
                .query((rs, row) -> new Owned(new GroupDiploma(rs.getObject("id", UUID.class),
                        rs.getObject("membership_id", UUID.class), rs.getString("filename"), rs.getString("media_type"),
                        rs.getInt("size_bytes")), rs.getObject("candidate_id", UUID.class)))
                .optional();
    }

    public byte[] content(UUID id) {
        return jdbc.sql("select content from guidance_group_diploma where id = ?").param(id).query(byte[].class).single();
    }

    public record Owned(GroupDiploma diploma, UUID candidateId) {
    }
}
