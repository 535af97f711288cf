package itc.renewal.gateway.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Slows down password guessing at the gateway: after {@link #FREE_FAILURES} wrong passwords for one user id, or
 * {@link #FREE_FAILURES_PER_ADDRESS} from one client address (an office behind one address has many members),
 * within {@link #WINDOW}, each further attempt must wait twice as long as the one before (1 s, 2 s, 4 s … at most
 * {@link #MAX_WAIT}); an attempt during the wait is refused without the password being checked. Every attempt is
 * counted when it is let through, before its password is checked, so a burst of parallel guesses is counted as it
 * comes; a successful login then takes its attempt back and clears the user's count. Kept in memory per gateway
 * instance.
 */
class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration MAX_WAIT = Duration.ofMinutes(15);

    private record Failures(int count, Instant last) {
    }

    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Lets an attempt through (counting it as failed until {@link #succeeded} says otherwise), or answers how long the
     * caller must still wait.
     */
    synchronized Optional<Duration> attempt(String user, String address) {
        Instant now = clock.instant();
        Optional<Duration> wait = longer(waitOf("user:" + user, FREE_FAILURES, now),
                waitOf("address:" + address, FREE_FAILURES_PER_ADDRESS, now));
        if (wait.isPresent()) {
            return wait;
        }
        for (String key : new String[] {"user:" + user, "address:" + address}) {
            failures.merge(key, new Failures(1, now), (old, one) -> old.last().plus(WINDOW).isBefore(now)
                    ? one : new Failures(old.count() + 1, now));
        }
        if (failures.size() > 100_000) {
            failures.values().removeIf(f -> f.last().plus(WINDOW).isBefore(now));
        }
        return Optional.empty();
    }

    /** The attempt let through had the right password: it was no failure. */
    synchronized void succeeded(String user, String address) {
        failures.remove("user:" + user);
        failures.computeIfPresent("address:" + address, (key, seen) -> seen.count() <= 1 ? null
                : new Failures(seen.count() - 1, seen.last()));
    }

    /**
     * The attempt let through could not be checked (the account store did not answer): it is no failure of the
     * user's, so it is taken back; earlier failures stay counted.
     */
    synchronized void unchecked(String user, String address) {
        for (String key : new String[] {"user:" + user, "address:" + address}) {
            failures.computeIfPresent(key, (k, seen) -> seen.count() <= 1 ? null
                    : new Failures(seen.count() - 1, seen.last()));
        }
    }

    private Optional<Duration> waitOf(String key, int free, Instant now) {
        Failures seen = failures.get(key);
        if (seen == null || seen.count() < free || seen.last().plus(WINDOW).isBefore(now)) {
            return Optional.empty();
        }
        long seconds = Math.min(MAX_WAIT.toSeconds(), 1L << Math.min(20, seen.count() - free));
        Duration left = Duration.between(now, seen.last().plusSeconds(seconds));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    private static Optional<Duration> longer(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isPresent() && b.get().compareTo(a.get()) > 0 ? b : a;
    }
}
