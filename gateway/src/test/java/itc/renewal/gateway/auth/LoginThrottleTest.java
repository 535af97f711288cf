package itc.renewal.gateway.auth;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Password guessing meets a growing wait after a few failures, per user id and per address, bursts included. */
class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2027-04-10T00:00:00Z");

    @Test
    void fiveFailuresAreFreeThenEachAttemptWaitsTwiceAsLong() {
        LoginThrottle throttle = new LoginThrottle(Clock.fixed(NOW, ZoneOffset.UTC));
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertThat(throttle.attempt("M0000001", "10.0.0.1")).isEmpty();
        }
        assertThat(throttle.attempt("M0000001", "10.0.0.9")).contains(Duration.ofSeconds(1));
        assertThat(throttle.attempt("M0000002", "10.0.0.1")).as("another id behind the same address").isEmpty();
    }

    @Test
    void anAttemptTheAccountStoreCouldNotCheckIsNoFailure() {
        LoginThrottle throttle = new LoginThrottle(Clock.fixed(NOW, ZoneOffset.UTC));
        ThrottledAuthentication authentication = new ThrottledAuthentication(new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication attempt) {
                throw new InternalAuthenticationServiceException("the account database is restarting");
            }

            @Override
            public boolean supports(Class<?> type) {
                return true;
            }
        }, throttle);
        for (int i = 0; i < LoginThrottle.FREE_FAILURES + 3; i++) {
            assertThat(throttle.attempt("M0000001", "10.0.0.1")).isEmpty();
            UsernamePasswordAuthenticationToken attempt =
                    UsernamePasswordAuthenticationToken.unauthenticated("M0000001", "the right password");
            attempt.setDetails(new WebAuthenticationDetails("10.0.0.1", null));
            assertThatThrownBy(() -> authentication.authenticate(attempt))
                    .isInstanceOf(InternalAuthenticationServiceException.class);
        }
        assertThat(throttle.attempt("M0000001", "10.0.0.1")).as("no wait: none of these was a wrong password")
                .isEmpty();
    }

    @Test
    void aBurstOfParallelGuessesIsCountedAsItComes() throws Exception {
        LoginThrottle throttle = new LoginThrottle(Clock.fixed(NOW, ZoneOffset.UTC));
        ExecutorService guessers = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> letThrough = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            letThrough.add(guessers.submit(() -> throttle.attempt("M0000001", "10.0.0.1").isEmpty()));
        }
        int through = 0;
        for (Future<Boolean> attempt : letThrough) {
            through += attempt.get() ? 1 : 0;
        }
        guessers.shutdown();

        assertThat(through).isEqualTo(LoginThrottle.FREE_FAILURES);
    }

    @Test
    void aSuccessIsNoFailureAndTheWaitEnds() {
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
        for (int i = 0; i < 3; i++) {
            throttle.attempt("M0000001", "10.0.0.1");
        }
        throttle.succeeded("M0000001", "10.0.0.1");
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertThat(throttle.attempt("M0000001", "10.0.0.1")).as("the success cleared the count").isEmpty();
        }
        assertThat(throttle.attempt("M0000001", "10.0.0.1")).isPresent();
        now[0] = NOW.plusSeconds(2);
        assertThat(throttle.attempt("M0000001", "10.0.0.2")).isEmpty();
        now[0] = NOW.plus(LoginThrottle.WINDOW).plusSeconds(10);
        assertThat(throttle.attempt("M0000009", "10.0.0.1")).as("the window passed").isEmpty();
    }

    @Test
    void oneAddressTryingManyIdsIsSlowedDownToo() {
        LoginThrottle throttle = new LoginThrottle(Clock.fixed(NOW, ZoneOffset.UTC));
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            throttle.attempt(String.format("M%07d", i), "10.0.0.1");
        }
        assertThat(throttle.attempt("M0009999", "10.0.0.1")).contains(Duration.ofSeconds(1));
    }
}
