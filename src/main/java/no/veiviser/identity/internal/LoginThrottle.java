package no.veiviser.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Slows down password guessing: within {@code window}, at most {@code maxFailures} password checks
 * may fail for one username, and {@code maxFailuresPerAddress} (far above a person's rate, so that a
 * municipality's many users behind one address are not locked out together) from one address;
 * further attempts are refused without checking the password until the oldest failure is older
 * than the window. A check in progress counts as a failure until it is known: the slot is reserved
 * atomically before the password is checked, so parallel guesses cannot all slip past the count.
 * Counting by username whether or not the account exists reveals nothing about which exist.
 *
 * <p>The counts live in this node's memory; behind a load balancer each node counts for itself.
 */
class LoginThrottle {

    private static final int MAX_TRACKED_KEYS = 100_000;
    /** How long an attempt waits for the checks already running before it is refused. */
    private static final Duration WAIT_FOR_RUNNING_CHECKS = Duration.ofSeconds(10);
    static final String ADDRESS = "address:";

    private final int maxFailures;
    private final int maxFailuresPerAddress;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();
    private final Map<String, Integer> checking = new HashMap<>();

    LoginThrottle(int maxFailures, int maxFailuresPerAddress, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.window = window;
        this.clock = clock;
    }

    /**
     * Reserves one password check for the keys; false, and nothing reserved, when one of them has
     * used up its allowance with failures. While the checks already running could still use it up,
     * the attempt waits for them (a person's parallel API calls wait a moment; parallel guesses are
     * refused once the first ones have failed). Every reservation ends with {@link #recordFailure},
     * {@link #recordSuccess} or {@link #release}.
     */
    synchronized boolean tryReserve(Collection<String> keys) {
        long deadline = System.nanoTime() + WAIT_FOR_RUNNING_CHECKS.toNanos();
        while (true) {
            Instant now = clock.instant();
            if (keys.stream().anyMatch(key -> recentFailures(key, now) >= limitOf(key))) {
                return false;
            }
            if (keys.stream().allMatch(key -> recentFailures(key, now) + checking.getOrDefault(key, 0) < limitOf(key))) {
                keys.forEach(key -> checking.merge(key, 1, Integer::sum));
                return true;
            }
            long waitNanos = deadline - System.nanoTime();
            if (waitNanos <= 0) {
                return false;
            }
            try {
                wait(Math.max(1, waitNanos / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** Whether a further attempt would be refused now. */
    synchronized boolean isBlocked(Collection<String> keys) {
        Instant now = clock.instant();
        return keys.stream().anyMatch(key -> recentFailures(key, now) + checking.getOrDefault(key, 0) >= limitOf(key));
    }

    /** The reserved check failed: it counts as a failure for the window. */
    synchronized void recordFailure(Collection<String> keys) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED_KEYS) {
            failures.keySet().removeIf(key -> recentFailures(key, now) == 0);
        }
        release(keys);
        for (String key : keys) {
            Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            times.addLast(now);
            while (times.size() > limitOf(key)) {
                times.removeFirst();
            }
        }
    }

    /** The reserved check succeeded: the username's failures are forgotten, the address's are not. */
    synchronized void recordSuccess(Collection<String> keys) {
        release(keys);
        keys.stream().filter(key -> !key.startsWith(ADDRESS)).forEach(failures::remove);
    }

    /** The reserved check ended without an answer about the password (an error): nothing is counted. */
    synchronized void release(Collection<String> keys) {
        keys.forEach(key -> checking.computeIfPresent(key, (k, count) -> count > 1 ? count - 1 : null));
        notifyAll();
    }

    private int limitOf(String key) {
        return key.startsWith(ADDRESS) ? maxFailuresPerAddress : maxFailures;
    }

    private int recentFailures(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        Instant cutoff = now.minus(window);
        return (int) times.stream().filter(time -> time.isAfter(cutoff)).count();
    }
}
