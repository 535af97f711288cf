package itc.renewal.renewal.procedure.domain;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.problem.Rejection;

import java.time.Instant;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Rule Q5: the period in which a fiscal year's renewal can be applied for, [opensAt, closesAt).
 * By default 1 April 00:00 to 31 May 24:00 Japan time; operators may move either end per FY.
 */
public record RenewalWindow(FiscalYear fiscalYear, ZonedDateTime opensAt, ZonedDateTime closesAt) {

    private static final MonthDay STANDARD_CLOSE = MonthDay.of(6, 1);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu年M月d日");

    public RenewalWindow {
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        opensAt = opensAt.withZoneSameInstant(FiscalYear.JAPAN);
        closesAt = closesAt.withZoneSameInstant(FiscalYear.JAPAN);
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("renewal window of " + fiscalYear + " closes before it opens");
        }
    }

    public static RenewalWindow standard(FiscalYear year) {
        return new RenewalWindow(year, year.start(),
                STANDARD_CLOSE.atYear(year.year()).atStartOfDay(FiscalYear.JAPAN));
    }

    public boolean isOpenAt(Instant instant) {
        return !instant.isBefore(opensAt.toInstant()) && instant.isBefore(closesAt.toInstant());
    }

    public void requireOpenAt(Instant instant) {
        if (!isOpenAt(instant)) {
            throw Rejection.conflict("renewal.window-closed", fiscalYear.year() + "年度の資格更新は受付期間外です（受付期間: "
                    + describe() + "）。");
        }
    }

    /** e.g. "2027年4月1日 0:00 ～ 2027年5月31日 24:00（日本時間）". */
    public String describe() {
        return opensAt.format(DAY) + " " + time(opensAt.toLocalTime()) + " ～ " + describeClose() + "（日本時間）";
    }

    // An exclusive midnight close reads as 24:00 of the day before, as the association writes it.
    private String describeClose() {
        if (closesAt.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return closesAt.minusDays(1).format(DAY) + " 24:00";
        }
        return closesAt.format(DAY) + " " + time(closesAt.toLocalTime());
    }

    private static String time(LocalTime time) {
        return time.getHour() + ":" + "%02d".formatted(time.getMinute());
    }
}
