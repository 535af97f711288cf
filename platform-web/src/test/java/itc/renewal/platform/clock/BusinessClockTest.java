package itc.renewal.platform.clock;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BusinessClockTest {

    private final Clock real = Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void d2_demoDateIsIndependentOfToday() {
        BusinessClock clock = new BusinessClock(real);
        clock.setNow(Instant.parse("2027-04-10T00:00:00Z"));
        assertThat(clock.today()).isEqualTo(LocalDate.of(2027, 4, 10));
        assertThat(clock.fiscalYear()).isEqualTo(FiscalYear.of(2027));
    }

    @Test
    void d2_businessDateIsJapanTime() {
        BusinessClock clock = new BusinessClock(real);
        clock.setNow(Instant.parse("2027-03-31T15:30:00Z"));
        assertThat(clock.today()).isEqualTo(LocalDate.of(2027, 4, 1));
    }

    @Test
    void d2_clockMovesForwardButNeverBack() {
        BusinessClock clock = new BusinessClock(real);
        clock.setNow(Instant.parse("2027-05-30T00:00:00Z"));
        clock.advance(Duration.ofDays(2));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2027-06-01T00:00:00Z"));
        assertThatThrownBy(() -> clock.advance(Duration.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void d2_aServiceStartingLateReadsTheStacksBusinessTimeNotItsOwnStart() {
        Instant businessStart = Instant.parse("2027-04-10T00:00:00Z");
        Instant stackStarted = Instant.parse("2026-12-07T13:00:00Z");
        BusinessClock lateService = new BusinessClock(Clock.fixed(stackStarted.plusSeconds(5), ZoneOffset.UTC));

        lateService.startAt(businessStart, stackStarted);

        assertThat(lateService.instant()).as("5 s after the stack started, as every other service reads it")
                .isEqualTo(businessStart.plusSeconds(5));
    }
}
