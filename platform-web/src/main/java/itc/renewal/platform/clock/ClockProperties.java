package itc.renewal.platform.clock;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * @param start      business time at start-up (e.g. {@code 2027-04-10T09:00:00+09:00}); real time if unset
 * @param adjustable whether {@code /internal/clock} may move the clock (local stack and tests only)
 * @param startedAt  the real instant at which business time was {@code start}; start-up if unset. A launcher gives
 *                   every service the same pair, so their clocks agree to the millisecond however far apart the
 *                   services start (one business time across services orders the audit trail, rule D2)
 */
@ConfigurationProperties("platform.clock")
public record ClockProperties(OffsetDateTime start, boolean adjustable, Instant startedAt) {
}
