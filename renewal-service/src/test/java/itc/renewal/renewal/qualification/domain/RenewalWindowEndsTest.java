package itc.renewal.renewal.qualification.domain;

import itc.renewal.platform.clock.FiscalYear;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Rule Q6 with Q5: an unrenewed qualification lapses when the window of its expiry's fiscal year closes. */
class RenewalWindowEndsTest {

    private static final Instant JULY_1_2020 = japan("2020-07-01T00:00:00");
    /** 2020: the window was extended to 30 June 24:00; every other year closes on 31 May 24:00. */
    private static final RenewalWindowEnds WINDOWS = year -> year.year() == 2020 ? JULY_1_2020
            : LocalDate.of(year.year(), 6, 1).atStartOfDay(FiscalYear.JAPAN).toInstant();

    private static Instant japan(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+09:00").toInstant();
    }

    @Test
    void q6_anExpiryPastWhileTheExtendedWindowRunsHasNotLapsed() {
        assertThat(WINDOWS.hasLapsed(LocalDate.of(2020, 5, 31), japan("2020-06-10T10:00:00"))).isFalse();
        assertThat(WINDOWS.hasLapsed(LocalDate.of(2020, 5, 31), japan("2020-06-30T23:59:59"))).isFalse();
        assertThat(WINDOWS.hasLapsed(LocalDate.of(2020, 5, 31), JULY_1_2020)).isTrue();
    }

    @Test
    void q6_withTheStandardWindowTheLapseFollowsTheExpiryDay() {
        assertThat(WINDOWS.hasLapsed(LocalDate.of(2021, 5, 31), japan("2021-05-31T23:59:59"))).isFalse();
        assertThat(WINDOWS.hasLapsed(LocalDate.of(2021, 5, 31), japan("2021-06-01T00:00:00"))).isTrue();
        assertThat(WINDOWS.hasLapsed(LocalDate.of(2016, 5, 31), japan("2027-04-10T10:00:00"))).isTrue();
        assertThat(WINDOWS.hasLapsed(LocalDate.of(2027, 5, 31), japan("2027-04-10T10:00:00"))).isFalse();
    }
}
