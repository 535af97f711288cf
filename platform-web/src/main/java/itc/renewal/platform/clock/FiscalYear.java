package itc.renewal.platform.clock;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Rule D1: fiscal year (年度) N runs from 1 April N 00:00 to 31 March N+1 24:00, Japan time. A
 * calendar, not a business rule of any one service, so it lives beside the business clock.
 */
public record FiscalYear(int year) implements Comparable<FiscalYear> {

    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    public FiscalYear {
        if (year < 2000 || year > 2999) {
            throw new IllegalArgumentException("fiscal year out of range: " + year);
        }
    }

    public static FiscalYear of(int year) {
        return new FiscalYear(year);
    }

    public static FiscalYear containing(LocalDate japanDate) {
        return new FiscalYear(japanDate.getMonthValue() >= 4 ? japanDate.getYear() : japanDate.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, 4, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(year + 1, 3, 31);
    }

    public ZonedDateTime start() {
        return firstDay().atStartOfDay(JAPAN);
    }

    /** Exclusive end: 1 April of the next year, 00:00 Japan time. */
    public ZonedDateTime end() {
        return next().start();
    }

    public boolean contains(LocalDate japanDate) {
        return !japanDate.isBefore(firstDay()) && !japanDate.isAfter(lastDay());
    }

    public FiscalYear previous() {
        return new FiscalYear(year - 1);
    }

    public FiscalYear next() {
        return new FiscalYear(year + 1);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(year, other.year);
    }

    @Override
    public String toString() {
        return year + "年度";
    }
}
