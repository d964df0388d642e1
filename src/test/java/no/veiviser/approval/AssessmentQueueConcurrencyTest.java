package no.veiviser.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import no.veiviser.IntegrationTest;
import no.veiviser.identity.Actor;
import no.veiviser.identity.NewPerson;
import no.veiviser.identity.People;
import no.veiviser.identity.Profession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A relationship and a submission of the same candidate made at the same time in two transactions:
 * the second waits for the first to commit and then sees it, so the goal is in the new person's
 * queue whichever came first (V48). Without the wait each would miss what the other had not yet
 * committed, and the goal would be missing from her queue for good.
 */
@IntegrationTest
class AssessmentQueueConcurrencyTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    People people;

    private UUID candidate;
    private UUID supervisor;
    private UUID assessment;
    private final UUID relationship = UUID.randomUUID();

    @BeforeEach
    void aCandidateWithAGoalInProgress() {
        candidate = person("Kandidat");
        supervisor = person("Supervisør");
        assessment = UUID.randomUUID();
        jdbc.sql("""
                insert into goal_assessment (id, candidate_id, goal_code, status, created_at, created_by, changed_at, changed_by)
                values (:id, :candidate, 'ALM-001', 'IN_PROGRESS', now(), 'test', now(), 'test')
                """).param("id", assessment).param("candidate", candidate).update();
    }

    @Test
    void aSubmissionWhileTheRelationshipIsBeingMadeIsInTheNewQueue() throws Exception {
        happenTogether(this::startRelationship, this::submit);

        assertThat(queued()).isEqualTo(1);
    }

    @Test
    void aRelationshipMadeWhileTheGoalIsBeingSubmittedHasItInTheQueue() throws Exception {
        happenTogether(this::submit, this::startRelationship);

        assertThat(queued()).isEqualTo(1);
    }

    /** The first change is made and left uncommitted; the second, on another connection, must wait for it. */
    private void happenTogether(Change first, Change second) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            first.makeOn(connection);
            CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
                try (Connection another = dataSource.getConnection()) {
                    second.makeOn(another);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(500);
            assertThat(other).as("the second change waits for the first").isNotDone();
            connection.commit();
            other.get(10, TimeUnit.SECONDS);
        }
    }

    private void startRelationship(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into supervision_relationship (id, candidate_id, person_id, kind, valid_from, created_at,
                                                      created_by, changed_at, changed_by)
                values (?, ?, ?, 'SUPERVISOR', current_date, now(), 'test', now(), 'test')
                """)) {
            insert.setObject(1, relationship);
            insert.setObject(2, candidate);
            insert.setObject(3, supervisor);
            insert.executeUpdate();
        }
    }

    private void submit(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update goal_assessment set status = 'SUBMITTED', changed_at = now() where id = ?")) {
            update.setObject(1, assessment);
            update.executeUpdate();
        }
    }

    private long queued() {
        return jdbc.sql("select count(*) from assessment_queue where relationship_id = :relationship and assessment_id = :assessment")
                .param("relationship", relationship).param("assessment", assessment).query(Long.class).single();
    }

    private UUID person(String role) {
        return people.register(new NewPerson("Samtidig", role, null, Profession.PHYSICIAN, null), Actor.system()).id();
    }

    private interface Change {
        void makeOn(Connection connection) throws SQLException;
    }
}
