package itc.renewal.notification.mail.api;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Rule D1 (Japan time) and Q5 (exclusive window end) in the words members read. */
class MailWordingTest {

    @Test
    void q5_aWindowClosingAtMidnightEndsAt24OnTheDayBefore() {
        assertThat(MailWording.lastMoment(japan("2027-06-01T00:00:00+09:00"))).isEqualTo("2027年5月31日（月）24:00");
    }

    /** The stored instant is UTC; the member's day is Japan's. */
    @Test
    void d1_theLastDayIsTheJapaneseDay() {
        assertThat(MailWording.lastMoment(Instant.parse("2027-05-31T15:00:00Z"))).isEqualTo("2027年5月31日（月）24:00");
    }

    @Test
    void q5_aWindowClosingAtAnotherTimeShowsThatTime() {
        assertThat(MailWording.lastMoment(japan("2027-05-31T17:00:00+09:00"))).isEqualTo("2027年5月31日（月）17:00");
    }

    @Test
    void c3_daysAreWrittenWithoutLeadingZeros() {
        assertThat(MailWording.day(LocalDate.of(2027, 5, 1))).isEqualTo("2027年5月1日");
    }

    private static Instant japan(String dateTime) {
        return OffsetDateTime.parse(dateTime).toInstant();
    }
}
