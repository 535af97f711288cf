package itc.renewal.platform.clock;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.OffsetDateTime;

/**
 * @param start      business time at start-up (e.g. {@code 2027-04-10T09:00:00+09:00}); real time if unset
 * @param adjustable whether {@code /internal/clock} may move the clock (local stack and tests only)
 */
@ConfigurationProperties("platform.clock")
public record ClockProperties(OffsetDateTime start, boolean adjustable) {
}
