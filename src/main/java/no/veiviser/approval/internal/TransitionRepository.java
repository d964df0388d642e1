package no.veiviser.approval.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import no.veiviser.catalog.CatalogVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The approver's moves of candidates between catalog versions, with every goal's decision (append-only). */
@Repository
public class TransitionRepository {

    private final JdbcClient jdbc;

    TransitionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID id, UUID candidateId, CatalogVersion from, CatalogVersion to, UUID decidedBy, String actor,
                       OffsetDateTime now) {
        jdbc.sql("""
                insert into catalog_transition (id, candidate_id, enrolment_id, from_version_id, to_version_id, decided_by,
                                                decided_at, created_at, created_by, changed_at, changed_by)
                select :id, :candidateId, ec.enrolment_id, :from, :to, :decidedBy, :now, :now, :actor, :now, :actor
                  from enrolment_catalog ec join enrolment e on e.id = ec.enrolment_id
                 where e.candidate_id = :candidateId and ec.catalog_version_id = :from and ec.ended_at is null
                """)
                .param("id", id).param("candidateId", candidateId).param("from", from.id()).param("to", to.id())
                .param("decidedBy", decidedBy).param("now", now).param("actor", actor)
                .update();
    }

    public void insertGoal(UUID transitionId, String goalCode, boolean achieved, List<String> basisCodes, String reason,
                           String actor, OffsetDateTime now) {
        jdbc.sql("""
                insert into catalog_transition_goal (transition_id, goal_code, achieved, basis_codes, reason,
                                                     created_at, created_by, changed_at, changed_by)
                values (:id, :code, :achieved, :basis, :reason, :now, :actor, :now, :actor)
                """)
                .param("id", transitionId).param("code", goalCode).param("achieved", achieved)
                .param("basis", basisCodes.toArray(String[]::new)).param("reason", reason)
                .param("now", now).param("actor", actor)
                .update();
    }
}
