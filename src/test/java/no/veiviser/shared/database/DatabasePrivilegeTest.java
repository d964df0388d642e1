package no.veiviser.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import java.util.UUID;
import no.veiviser.FreshCandidates;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Veiviser's own database role cannot rewrite history: each way an attacker holding the application's
 * connection could try is refused (SQLSTATE 42501, insufficient privilege, or a trigger's P0001), and
 * the embedded server lets no one in without a password. Each statement runs in its own transaction,
 * so a refusal cannot hide behind an earlier one.
 */
@IntegrationTest
class DatabasePrivilegeTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    private static final String TRIGGER_REFUSED = "P0001";

    @Autowired
    DataSource application;

    @Autowired
    FreshCandidates fresh;

    @ParameterizedTest
    @ValueSource(strings = {
            "truncate audit_event",
            "truncate access_log cascade",
            "update audit_event set actor = 'someone else'",
            "delete from audit_event",
            "delete from access_log",
            "update goal_assessment_event set comment = 'rewritten'",
            "delete from goal_assessment_event",
            "update activity_comment set body = 'rewritten'",
            "delete from signature_request",
            "delete from service_record",
            "delete from learning_activity",
            "update course_topic set topic = 'rewritten'",
            "delete from course_topic",
            "update learning_goal set title = 'rewritten'",
            "delete from veileder_work_time",
            "update guidance_group_diploma set filename = 'x'",
            "delete from guidance_group_diploma",
            "alter table audit_event disable trigger all",
            "drop trigger audit_event_no_update_or_delete on audit_event",
            "drop table audit_event",
            "alter table service_record drop constraint service_record_check",
            "create table shadow (id int)",
            "create function public.anything() returns int language sql as 'select 1'",
            "set session_replication_role = replica",
            "set role postgres",
            "alter role current_user superuser",
            "create role intruder login superuser",
            "copy audit_event to program 'cat'",
            "update flyway_schema_history set checksum = 0",
            "update assessment_queue set valid_to = null",
            "delete from assessment_queue",
            "insert into assessment_queue select * from assessment_queue",
            "update organisation_candidate set family_name = 'Aaa'",
            "delete from organisation_candidate",
            "insert into organisation_candidate select * from organisation_candidate",
    })
    void theApplicationsRoleCannot(String statement) {
        assertThat(sqlStateOf(application, statement)).as(statement).isEqualTo(INSUFFICIENT_PRIVILEGE);
    }

    @Test
    void decidedRecordsRefuseChangeEvenToTheirOwner() {
        aSignedActivity();
        JdbcClient rows = JdbcClient.create(application);
        assertThat(rows.sql("select count(*) from service_record where status = 'CONFIRMED'").query(Long.class).single())
                .as("the demo has confirmed service records").isPositive();
        for (DataSource role : new DataSource[] {application, DatabaseAdministrator.owner()}) {
            assertThat(sqlStateOf(role, "update signature_request set decision = 'REJECTED', comment = 'x' where decision = 'SIGNED'"))
                    .isEqualTo(TRIGGER_REFUSED);
            assertThat(sqlStateOf(role, "update service_record set status = 'REJECTED', decision_comment = 'x' where status = 'CONFIRMED'"))
                    .isEqualTo(TRIGGER_REFUSED);
            assertThat(sqlStateOf(role, "update learning_activity set description = 'rewritten' where status = 'SIGNED'"))
                    .isEqualTo(TRIGGER_REFUSED);
        }
        DataSource owner = DatabaseAdministrator.owner();
        for (String table : new String[] {"audit_event", "access_log", "goal_assessment_event", "activity_comment",
                "signature_request", "service_record", "learning_activity"}) {
            assertThat(sqlStateOf(owner, "truncate " + table + " cascade")).as("the owner truncating " + table)
                    .isEqualTo(TRIGGER_REFUSED);
        }
    }

    @Test
    void theApplicationRoleIsLeastPrivileged() {
        assertThat(LeastPrivilegeConfiguration.ApplicationRole.powersOverHistory(application)).isEmpty();
        assertThat(LeastPrivilegeConfiguration.ApplicationRole.powersOverHistory(DatabaseAdministrator.superuser()))
                .contains("is a superuser");
        assertThat(LeastPrivilegeConfiguration.ApplicationRole.powersOverHistory(DatabaseAdministrator.owner()))
                .contains("owns tables (and so can disable their triggers)");
    }

    @Test
    void theEmbeddedServerAsksEveryoneForAPassword() {
        for (String role : new String[] {"postgres", "veiviser_owner", "veiviser_app"}) {
            assertThat(connectionError(DatabaseAdministrator.as(role, "")))
                    .as(role + " without a password").isNotNull();
            assertThat(connectionError(DatabaseAdministrator.as(role, "guessed-password")))
                    .as(role + " with a wrong password").isNotNull();
        }
    }

    /** A signed activity and its decided signature request, written as the application writes them. */
    private void aSignedActivity() {
        FreshCandidates.FreshCandidate candidate = fresh.alis();
        UUID activity = UUID.randomUUID();
        JdbcClient rows = JdbcClient.create(application);
        rows.sql("""
                insert into learning_activity (id, candidate_id, type, description, performed_on, goal_codes, status,
                                               created_at, created_by, changed_at, changed_by)
                values (:id, :candidate, 'OTHER', 'Signert', current_date, array['ALM-001'], 'SIGNED',
                        now(), 'test', now(), 'test')""")
                .param("id", activity).param("candidate", candidate.id()).update();
        rows.sql("""
                insert into signature_request (id, activity_id, signer_id, requested_at, decision, decided_at,
                                               created_at, created_by, changed_at, changed_by)
                values (:id, :activity, :signer, now(), 'SIGNED', now(), now(), 'test', now(), 'test')""")
                .param("id", UUID.randomUUID()).param("activity", activity).param("signer", candidate.id()).update();
    }

    private static String sqlStateOf(DataSource dataSource, String statement) {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                sql.execute(statement);
                return "succeeded";
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }

    private static Throwable connectionError(DataSource dataSource) {
        return catchThrowable(() -> dataSource.getConnection().close());
    }
}
