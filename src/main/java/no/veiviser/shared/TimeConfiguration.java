package no.veiviser.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application. Code asks this clock for the time (never {@code LocalDate.now()}
 * and friends, which an ArchUnit rule forbids) so that tests can fix the date.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    /** The domain's time zone: dates in the regulation are Norwegian dates. */
    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Bean
    Clock clock() {
        return Clock.system(OSLO);
    }
}
