package no.veiviser.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(1), clock);
    private final List<String> keys = List.of("user:nora.eide", "address:10.0.0.1");

    @Test
    void fourFailuresDoNotBlock() {
        fail(4);
        assertThat(throttle.isBlocked(keys)).isFalse();
    }

    @Test
    void theFifthFailureWithinAMinuteBlocksFurtherAttempts() {
        fail(5);
        assertThat(throttle.isBlocked(keys)).isTrue();
        assertThat(throttle.isBlocked(List.of("user:nora.eide"))).isTrue();
        assertThat(throttle.isBlocked(List.of("address:10.0.0.1"))).isTrue();
        assertThat(throttle.isBlocked(List.of("user:someone.else", "address:10.0.0.2"))).isFalse();
    }

    @Test
    void theBlockEndsWhenTheOldestFailureIsAMinuteOld() {
        fail(5); // all at 10:00:00
        clock.advance(Duration.ofSeconds(59));
        assertThat(throttle.isBlocked(keys)).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.isBlocked(keys)).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanAMinuteDoNotBlock() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(keys);
            clock.advance(Duration.ofSeconds(16));
        }
        assertThat(throttle.isBlocked(keys)).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsTheUsernameButNotTheAddress() {
        fail(5);
        throttle.recordSuccess("user:nora.eide");
        assertThat(throttle.isBlocked(List.of("user:nora.eide"))).isFalse();
        assertThat(throttle.isBlocked(List.of("address:10.0.0.1"))).isTrue();
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(keys);
        }
    }

    static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Oslo");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
