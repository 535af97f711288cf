package itc.renewal.notification.mail.api;

import itc.renewal.platform.clock.FiscalYear;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and the salutation of the reminder (C2) and lapse (C3) messages, in Japan time (D1). */
public final class MailWording {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.JAPAN);
    private static final DateTimeFormatter DAY_OF_WEEK = DateTimeFormatter.ofPattern("uuuu年M月d日（E）", Locale.JAPAN);
    private static final DateTimeFormatter ENGLISH_MOMENT = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm",
            Locale.ENGLISH).withZone(FiscalYear.JAPAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private MailWording() {
    }

    /** e.g. 2027年5月31日 */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /**
     * The last moment of a window that closes at {@code closesAt} (exclusive), as members read it: a close at
     * midnight is 24:00 of the day before (2027-06-01T00:00+09:00 → 2027年5月31日（月）24:00), any other close
     * keeps its own day and time.
     */
    public static String lastMoment(Instant closesAt) {
        ZonedDateTime closes = closesAt.atZone(FiscalYear.JAPAN);
        if (closes.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return DAY_OF_WEEK.format(closes.toLocalDate().minusDays(1)) + "24:00";
        }
        return DAY_OF_WEEK.format(closes) + TIME.format(closes);
    }

    /** The last moment of a window closing at {@code closesAt} in English, Japan time: "31 May 2027, 23:59". */
    public static String lastMomentEnglish(Instant closesAt) {
        return ENGLISH_MOMENT.format(closesAt.minusSeconds(1));
    }

    /** Addresses the holder by name; an event without the name falls back to the member id. */
    public static String addressee(String holderName, String memberId) {
        return (holderName == null || holderName.isBlank() ? "会員番号 " + memberId : holderName) + " 様";
    }
}
