package itc.renewal.notification.deadline.notifying;

import itc.renewal.notification.deadline.api.LapsedRenewal;
import itc.renewal.notification.deadline.api.ReminderDue;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The FY2027 renewal of the demo holder 見本 太郎, whose window closes at 2027-06-01T00:00+09:00. */
final class DeadlineTestData {

    static final URI MEMBER_PAGE = URI.create("http://127.0.0.1:8080");
    static final Instant WINDOW_CLOSES = OffsetDateTime.parse("2027-06-01T00:00:00+09:00").toInstant();

    private DeadlineTestData() {
    }

    static ReminderDue reminder(List<String> missing, Instant closesAt) {
        return new ReminderDue("2027-M0000001", "M0000001", 2027, missing, closesAt, "見本 太郎",
                "taro.mihon@example.jp");
    }

    static LapsedRenewal lapse(boolean applied) {
        return new LapsedRenewal("2027-M0000001", "M0000001", 2027, LocalDate.of(2027, 5, 31), applied,
                "見本 太郎", "taro.mihon@example.jp");
    }
}
