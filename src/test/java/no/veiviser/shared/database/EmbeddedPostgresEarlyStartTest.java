package no.veiviser.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationListener;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.mock.env.MockEnvironment;

/**
 * The embedded server is started early, beside Spring's own start, only when Veiviser will use it:
 * with a configured database nothing is started.
 */
class EmbeddedPostgresEarlyStartTest {

    @Test
    void springBootCallsItWhileTheApplicationStarts() {
        @SuppressWarnings("rawtypes")
        List<ApplicationListener> listeners = SpringFactoriesLoader.loadFactories(ApplicationListener.class,
                getClass().getClassLoader());

        assertThat(listeners).anyMatch(EmbeddedPostgresEarlyStart.class::isInstance);
    }

    @Test
    void startsTheEmbeddedServerOnlyWhenNoDatabaseIsConfigured() {
        assertThat(EmbeddedPostgresEarlyStart.wanted(new MockEnvironment())).isTrue();
        assertThat(EmbeddedPostgresEarlyStart.wanted(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.kommune.no/veiviser"))).isFalse();
    }
}
