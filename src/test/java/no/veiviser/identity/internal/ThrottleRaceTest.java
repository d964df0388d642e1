package no.veiviser.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Forty wrong guesses at once get at most five password checks: the slot is taken before the check. */
class ThrottleRaceTest {

    @Test
    void fortyParallelGuessesGetAtMostFivePasswordChecks() throws Exception {
        AtomicInteger checks = new AtomicInteger();
        AuthenticationProvider slowWrongPassword = new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                checks.incrementAndGet();
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new BadCredentialsException("wrong");
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return true;
            }
        };
        var provider = new ThrottledAuthenticationProvider(slowWrongPassword,
                new LoginThrottle(5, 100, Duration.ofMinutes(1), Clock.systemUTC()));
        ExecutorService pool = Executors.newFixedThreadPool(40);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    provider.authenticate(new UsernamePasswordAuthenticationToken("nora.eide", "gjett"));
                    return "signed in";
                } catch (LoginThrottledException e) {
                    return "throttled";
                } catch (BadCredentialsException e) {
                    return "wrong password";
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        assertThat(checks.get()).isLessThanOrEqualTo(5);
        assertThat(results).filteredOn("wrong password"::equals).hasSize(checks.get());
        assertThat(results).filteredOn("throttled"::equals).hasSize(40 - checks.get());
    }

    @Test
    void aPersonsParallelCallsWithTheRightPasswordAreNotThrottled() throws Exception {
        AuthenticationProvider slowRightPassword = new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null, List.of());
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return true;
            }
        };
        var provider = new ThrottledAuthenticationProvider(slowRightPassword,
                new LoginThrottle(5, 100, Duration.ofMinutes(1), Clock.systemUTC()));
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            outcomes.add(pool.submit(() -> {
                start.await();
                return provider.authenticate(new UsernamePasswordAuthenticationToken("nora.eide", "riktig"))
                        .isAuthenticated();
            }));
        }
        start.countDown();
        for (Future<Boolean> outcome : outcomes) {
            assertThat(outcome.get()).isTrue();
        }
        pool.shutdown();
    }
}
