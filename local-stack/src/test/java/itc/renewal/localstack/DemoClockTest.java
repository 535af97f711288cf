package itc.renewal.localstack;

import itc.renewal.embedded.stack.StackConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class DemoClockTest {

    @TempDir
    Path data;

    private final Clock realDayOne = Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneOffset.UTC);
    private final Clock realDayThree = Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void d2_firstStartUsesTheDefaultDemoTime() throws Exception {
        assertThat(OffsetDateTime.parse(DemoClock.startTime(data, null, realDayOne)))
                .isEqualTo(OffsetDateTime.parse(StackConfig.DEFAULT_DEMO_TIME));
    }

    @Test
    void d2_aRestartContinuesTheBusinessClockInsteadOfGoingBack() throws Exception {
        DemoClock.startTime(data, "2027-04-10T10:00:00+09:00", realDayOne);
        String afterRestart = DemoClock.startTime(data, null, realDayThree);
        assertThat(OffsetDateTime.parse(afterRestart)).isEqualTo(OffsetDateTime.parse("2027-04-12T10:00:00+09:00"));
    }

    @Test
    void d2_aClockMovedWhileRunningIsWhereTheNextStartContinues() throws Exception {
        DemoClock.startTime(data, "2027-04-10T10:00:00+09:00", realDayOne);
        DemoClock.remember(data, OffsetDateTime.parse("2027-06-01T00:00:05+09:00"), realDayOne);
        String afterRestart = DemoClock.startTime(data, null, realDayThree);
        assertThat(OffsetDateTime.parse(afterRestart))
                .isEqualTo(OffsetDateTime.parse("2027-06-03T00:00:05+09:00"));
    }

    @Test
    void d2_anExplicitDemoTimeStartsOver() throws Exception {
        DemoClock.startTime(data, "2027-04-10T10:00:00+09:00", realDayOne);
        String explicit = DemoClock.startTime(data, "2027-05-31T23:00:00+09:00", realDayThree);
        assertThat(OffsetDateTime.parse(explicit)).isEqualTo(OffsetDateTime.parse("2027-05-31T23:00:00+09:00"));
    }
}
