package no.veiviser.programme.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.veiviser.programme.RelationshipKind;
import no.veiviser.programme.SupervisionRelationship;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RelationshipRepository {

    private static final String COLUMNS = "id, candidate_id, person_id, kind, valid_from, valid_to";

    private final JdbcClient jdbc;

    RelationshipRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(SupervisionRelationship relationship, String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into supervision_relationship (id, candidate_id, person_id, kind, valid_from, valid_to,
                                                      created_at, created_by, changed_at, changed_by)
                values (:id, :candidateId, :personId, :kind, :from, :to, :now, :actor, :now, :actor)
                """)
                .param("id", relationship.id())
                .param("candidateId", relationship.candidateId())
                .param("personId", relationship.personId())
                .param("kind", relationship.kind().name())
                .param("from", relationship.validFrom())
                .param("to", relationship.validTo())
                .param("now", now)
                .param("actor", actor)
                .update();
    }

    /** The open relationships of a kind, locked until the transaction ends so that two changes queue. */
    public List<SupervisionRelationship> openForUpdate(UUID candidateId, RelationshipKind kind) {
        return jdbc.sql("select " + COLUMNS + """
                 from supervision_relationship
                 where candidate_id = :candidateId and kind = :kind and valid_to is null
                 for update
                """)
                .param("candidateId", candidateId).param("kind", kind.name())
                .query(RelationshipRepository::relationship).list();
    }

    public void end(UUID id, LocalDate lastDay, String actor, OffsetDateTime now) {
        jdbc.sql("""
                update supervision_relationship set valid_to = :lastDay, changed_at = :now, changed_by = :actor,
                       version = version + 1
                 where id = :id and valid_to is null
                """)
                .param("id", id).param("lastDay", lastDay).param("now", now).param("actor", actor).update();
    }

    public Optional<SupervisionRelationship> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from supervision_relationship where id = :id")
                .param("id", id).query(RelationshipRepository::relationship).optional();
    }

    public List<SupervisionRelationship> ofCandidates(Collection<UUID> candidateIds) {
        if (candidateIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from supervision_relationship where candidate_id in (:ids) order by valid_from")
                .param("ids", candidateIds).query(RelationshipRepository::relationship).list();
    }

    public List<SupervisionRelationship> activeOfPerson(UUID personId, LocalDate day) {
        return jdbc.sql("select " + COLUMNS + """
                 from supervision_relationship
                 where person_id = :personId and valid_from <= :day and (valid_to is null or valid_to >= :day)
                """)
                .param("personId", personId).param("day", day)
                .query(RelationshipRepository::relationship).list();
    }

    /** The kinds of relationship the person holds to the candidate on the day. */
    public List<RelationshipKind> kindsBetween(UUID personId, UUID candidateId, LocalDate day) {
        return jdbc.sql("""
                select kind from supervision_relationship
                 where person_id = :personId and candidate_id = :candidateId
                   and valid_from <= :day and (valid_to is null or valid_to >= :day)
                """)
                .param("personId", personId).param("candidateId", candidateId).param("day", day)
                .query((rs, row) -> RelationshipKind.valueOf(rs.getString("kind"))).list();
    }

    private static SupervisionRelationship relationship(ResultSet rs, int row) throws SQLException {
        return new SupervisionRelationship(rs.getObject("id", UUID.class), rs.getObject("candidate_id", UUID.class),
                rs.getObject("person_id", UUID.class), RelationshipKind.valueOf(rs.getString("kind")),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class));
    }
}
