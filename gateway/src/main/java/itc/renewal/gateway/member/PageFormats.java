package itc.renewal.gateway.member;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * How the pages write dates, times and money ({@code ${@pageFormats.date(…)}} in the templates): Japan time always
 * (the services answer instants in UTC and window times in +09:00), 2027年4月12日 in Japanese and 12 Apr 2027 in
 * English, 22,000円 / JPY 22,000. A value that is not a date is shown as it came.
 */
@Component
public class PageFormats {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter JA_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.JAPAN);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'JST'");

    public String date(String value) {
        if (value == null || value.isBlank() || "null".equals(value)) {
            return "";
        }
        try {
            LocalDate date = value.length() == 10 ? LocalDate.parse(value)
                    : OffsetDateTime.parse(value).atZoneSameInstant(JAPAN).toLocalDate();
            return (japanese() ? JA_DATE : EN_DATE).format(date);
        } catch (DateTimeParseException notADate) {
            return value;
        }
    }

    public String dateTime(String value) {
        if (value == null || value.isBlank() || value.length() == 10 || "null".equals(value)) {
            return date(value);
        }
        try {
            OffsetDateTime time = OffsetDateTime.parse(value).atZoneSameInstant(JAPAN).toOffsetDateTime();
            return date(value) + " " + TIME.format(time) + (japanese() ? "" : " JST");
        } catch (DateTimeParseException notATime) {
            return value;
        }
    }

    /** An instant to the second in Japan time, for audit records: 2027-04-10 09:00:05 JST. */
    public String timestamp(String value) {
        if (value == null || value.isBlank() || "null".equals(value)) {
            return "";
        }
        try {
            return STAMP.format(OffsetDateTime.parse(value).atZoneSameInstant(JAPAN));
        } catch (DateTimeParseException notATime) {
            return value;
        }
    }

    /** The last moment of a window that closes at {@code exclusiveEnd}: 2027-06-01T00:00+09:00 → 2027年5月31日 24:00. */
    public String windowEnd(String exclusiveEnd) {
        try {
            OffsetDateTime end = OffsetDateTime.parse(exclusiveEnd).atZoneSameInstant(JAPAN).toOffsetDateTime();
            if (end.getHour() == 0 && end.getMinute() == 0) {
                return date(end.minusDays(1).toLocalDate().toString()) + " 24:00";
            }
            return dateTime(exclusiveEnd);
        } catch (DateTimeParseException | NullPointerException notATime) {
            return exclusiveEnd == null ? "" : exclusiveEnd;
        }
    }

    public String yen(String amount) {
        if (amount == null || amount.isBlank() || "null".equals(amount)) {
            return "";
        }
        String digits = NumberFormat.getIntegerInstance(Locale.JAPAN).format(new BigDecimal(amount));
        return japanese() ? digits + "円" : "JPY " + digits;
    }

    private static boolean japanese() {
        return "ja".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
