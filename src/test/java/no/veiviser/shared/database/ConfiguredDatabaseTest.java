package no.veiviser.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * With a database URL configured, Veiviser starts no PostgreSQL of its own (the integration tests show
 * the other half: with none, it does).
 */
class ConfiguredDatabaseTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, EmbeddedPostgresConfiguration.class);

    @Test
    void aConfiguredUrlMeansNoEmbeddedDatabase() {
        runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example.invalid:5432/veiviser")
                .run(context -> assertThat(context).doesNotHaveBean(DataSource.class));
    }
}
