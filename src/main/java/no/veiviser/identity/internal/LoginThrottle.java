package no.veiviser.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@code maxFailures} failed sign-ins within {@code window} for
 * the same username or from the same address, further attempts are refused until the oldest failure
 * is older than the window. Counting by username whether or not the account exists reveals nothing
 * about which usernames exist.
 *
 * <p>The counts live in this node's memory; behind a load balancer each node counts for itself.
 */
class LoginThrottle {

    private static final int MAX_TRACKED_KEYS = 100_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    boolean isBlocked(Collection<String> keys) {
        Instant now = clock.instant();
        return keys.stream().anyMatch(key -> recentFailures(key, now) >= maxFailures);
    }

    void recordFailure(Collection<String> keys) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED_KEYS) {
            forgetExpired(now);
        }
        for (String key : keys) {
            Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (times) {
                times.addLast(now);
                while (times.size() > maxFailures) {
                    times.removeFirst();
                }
            }
        }
    }

    void recordSuccess(String key) {
        failures.remove(key);
    }

    private int recentFailures(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            Instant cutoff = now.minus(window);
            return (int) times.stream().filter(time -> time.isAfter(cutoff)).count();
        }
    }

    private void forgetExpired(Instant now) {
        failures.keySet().removeIf(key -> recentFailures(key, now) == 0);
    }
}
