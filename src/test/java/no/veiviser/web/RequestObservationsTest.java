package no.veiviser.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import no.veiviser.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each request is observed once, not once per security filter as well: the observations around
 * Spring Security's filters cost a page more than some of its queries (docs/performance.md).
 */
@IntegrationTest
class RequestObservationsTest {

    @Autowired
    ObservationRegistry observations;

    @Test
    void theRequestIsObservedButNotEachSecurityFilter() {
        Observation request = Observation.start("http.server.requests", observations);
        Observation filters = Observation.start("spring.security.filterchains", observations);

        assertThat(request.isNoop()).isFalse();
        assertThat(filters.isNoop()).isTrue();
        request.stop();
        filters.stop();
    }
}
