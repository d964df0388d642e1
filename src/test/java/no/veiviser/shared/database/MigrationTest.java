package no.veiviser.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.veiviser.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The migrations build the schema from an empty database, and business tables follow the conventions. */
@IntegrationTest
class MigrationTest {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyMigrationIsApplied() {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).isNotEmpty()
                .allSatisfy(migration -> assertThat(migration.getState().isFailed()).isFalse());
    }

    /**
     * Every table a person's action writes says who wrote it and when. Not the trail itself, nor
     * {@code assessment_queue} and {@code organisation_candidate}: the database derives them from the
     * assessments and relationships (V48) and from the enrolments and names (V49), which carry the columns.
     */
    @Test
    void businessTablesHaveAuditColumnsAndAVersion() {
        List<String> tables = jdbc.sql("""
                select table_name from information_schema.tables
                 where table_schema = 'public' and table_type = 'BASE TABLE'
                   and table_name not in ('flyway_schema_history', 'audit_event', 'audit_chain_head', 'access_log', 'person_role',
                                          'assessment_queue', 'organisation_candidate')
                """).query(String.class).list();
        assertThat(tables).isNotEmpty();
        for (String table : tables) {
            List<String> columns = jdbc.sql("select column_name from information_schema.columns where table_name = :table")
                    .param("table", table).query(String.class).list();
            assertThat(columns).as(table)
                    .contains("created_at", "created_by", "changed_at", "changed_by", "version");
        }
    }
}
