package itc.renewal.localstack;

import itc.renewal.embedded.stack.StackConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The demo business time (rule D2) the services start with. Business time never goes back: the
 * offset from real time is kept in the data directory, so a restart continues where the clock was
 * (events stamped later never carry an earlier time). An explicit {@code ITC_DEMO_TIME} starts a new
 * offset.
 */
final class DemoClock {

    private static final ZoneOffset JST = ZoneOffset.ofHours(9);

    private DemoClock() {
    }

    /** Keeps {@code businessTime} as where the demo clock stands now, so the next start continues from it. */
    static void remember(Path dataDirectory, OffsetDateTime businessTime, Clock real) throws IOException {
        Files.createDirectories(dataDirectory);
        Files.writeString(dataDirectory.resolve("demo-clock-offset"),
                Duration.between(OffsetDateTime.now(real), businessTime).toString());
    }

    /** The demo business time now: real time moved by the kept offset (real time if the stack never ran). */
    static OffsetDateTime now(Path dataDirectory, Clock real) throws IOException {
        Path file = dataDirectory.resolve("demo-clock-offset");
        OffsetDateTime now = OffsetDateTime.now(real).withOffsetSameInstant(JST);
        return Files.exists(file) ? now.plus(Duration.parse(Files.readString(file).trim())) : now;
    }

    static String startTime(Path dataDirectory, String explicit, Clock real) throws IOException {
        Path file = dataDirectory.resolve("demo-clock-offset");
        OffsetDateTime now = OffsetDateTime.now(real).withOffsetSameInstant(JST);
        if (explicit == null || explicit.isBlank()) {
            if (Files.exists(file)) {
                Duration offset = Duration.parse(Files.readString(file).trim());
                return now.plus(offset).toString();
            }
            explicit = StackConfig.DEFAULT_DEMO_TIME;
        }
        OffsetDateTime start = OffsetDateTime.parse(explicit);
        Files.createDirectories(dataDirectory);
        Files.writeString(file, Duration.between(now, start).toString());
        return start.toString();
    }
}
