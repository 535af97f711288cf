package itc.renewal.gateway.auth;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Password guessing meets a growing wait after a few failures, per user id and per address. */
class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2027-04-10T00:00:00Z");

    @Test
    void fiveFailuresAreFreeThenEachAttemptWaitsTwiceAsLong() {
        LoginThrottle throttle = new LoginThrottle(Clock.fixed(NOW, ZoneOffset.UTC));
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertThat(throttle.waitFor("M0000001", "10.0.0.1")).isEmpty();
            throttle.failed("M0000001", "10.0.0.1");
        }
        assertThat(throttle.waitFor("M0000001", "10.0.0.9")).contains(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("M0000002", "10.0.0.1")).as("another id behind the same address")
                .isEmpty();
        throttle.failed("M0000001", "10.0.0.1");
        assertThat(throttle.waitFor("M0000001", "10.0.0.9")).contains(Duration.ofSeconds(2));
    }

    @Test
    void oneAddressTryingManyIdsIsSlowedDownToo() {
        LoginThrottle throttle = new LoginThrottle(Clock.fixed(NOW, ZoneOffset.UTC));
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            throttle.failed(String.format("M%07d", i), "10.0.0.1");
        }
        assertThat(throttle.waitFor("M0009999", "10.0.0.1")).contains(Duration.ofSeconds(1));
    }

    @Test
    void theWaitEndsAndASuccessClearsTheUsersCount() {
        Instant[] now = {NOW};
        LoginThrottle throttle = new LoginThrottle(new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        });
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            throttle.failed("M0000001", "10.0.0.1");
        }
        now[0] = NOW.plusSeconds(2);
        assertThat(throttle.waitFor("M0000001", "10.0.0.2")).isEmpty();
        throttle.succeeded("M0000001");
        assertThat(throttle.waitFor("M0000001", "10.0.0.2")).isEmpty();
        now[0] = NOW.plus(LoginThrottle.WINDOW).plusSeconds(1);
        assertThat(throttle.waitFor("M0000009", "10.0.0.1")).as("the window passed").isEmpty();
    }
}
