package itc.renewal.points.ledger.command;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.problem.Rejection;

import java.time.LocalDate;

/** Date of an activity, Japan time: not in the future (rule P6); its fiscal year is where the points count (P1). */
record ActivityDate(LocalDate value) {

    /** The first fiscal year the calendar knows (D1); earlier dates are typing errors. */
    private static final LocalDate EARLIEST = FiscalYear.of(2000).firstDay();

    static ActivityDate of(LocalDate date, LocalDate today) {
        if (date == null) {
            throw Rejection.badInput("points.activity-date-missing", "活動日を入力してください。");
        }
        if (date.isAfter(today)) {
            throw Rejection.badInput("points.activity-date-in-future",
                    "活動日に未来の日付は指定できません（活動日: " + date + "、本日: " + today + "）。");
        }
        if (date.isBefore(EARLIEST)) {
            throw Rejection.badInput("points.activity-date-too-old",
                    "活動日は " + EARLIEST + " 以降の日付を入力してください（活動日: " + date + "）。");
        }
        return new ActivityDate(date);
    }

    /**
     * The fiscal year whose catalogue applies to a requested activity date (P2). A missing or impossible
     * date is refused by {@link #of}; any catalogue will do for that.
     */
    static FiscalYear catalogueYear(LocalDate date, LocalDate today) {
        boolean plausible = date != null && !date.isAfter(today) && !date.isBefore(EARLIEST);
        return FiscalYear.containing(plausible ? date : today);
    }

    FiscalYear fiscalYear() {
        return FiscalYear.containing(value);
    }
}
