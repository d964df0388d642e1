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
    private final LoginThrottle throttle = new LoginThrottle(5, 100, Duration.ofMinutes(1), clock);
    private final List<String> keys = List.of("user:nora.eide", "address:10.0.0.1");

    @Test
    void fourFailuresDoNotBlock() {
        fail(4);
        assertThat(throttle.isBlocked(keys)).isFalse();
    }

    @Test
    void theFifthFailureWithinAMinuteBlocksTheUsernameButNotEveryoneBehindTheAddress() {
        fail(5);
        assertThat(throttle.isBlocked(keys)).isTrue();
        assertThat(throttle.isBlocked(List.of("user:nora.eide"))).isTrue();
        assertThat(throttle.isBlocked(List.of("user:someone.else", "address:10.0.0.1")))
                .as("colleagues behind the municipality's address still sign in").isFalse();
    }

    @Test
    void anAddressIsBlockedOnlyFarAboveAPersonsRate() {
        for (int i = 0; i < 100; i++) {
            List<String> guess = List.of("user:guess" + i, "address:10.0.0.9");
            assertThat(throttle.tryReserve(guess)).isTrue();
            throttle.recordFailure(guess);
        }
        assertThat(throttle.isBlocked(List.of("user:someone.new", "address:10.0.0.9"))).isTrue();
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
            assertThat(throttle.tryReserve(keys)).isTrue();
            throttle.recordFailure(keys);
            clock.advance(Duration.ofSeconds(16));
        }
        assertThat(throttle.isBlocked(keys)).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsTheUsernameButNotTheAddress() {
        fail(5);
        throttle.recordSuccess(keys);
        assertThat(throttle.isBlocked(List.of("user:nora.eide"))).isFalse();
        assertThat(throttle.tryReserve(List.of("user:nora.eide"))).isTrue();
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            assertThat(throttle.tryReserve(keys)).isTrue();
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
