package itc.renewal.points.ledger.command;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.problem.Rejection;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * The activity dates a member's points may have today (P6): from the first day of the month the holder was first
 * certified (認定年月) and of the fiscal year before today's — the earliest year a renewal still counts (Q3) — to
 * today. {@code certifiedIn} is null for a member the registry has not announced; only the calendar applies then.
 */
public record CountableDates(LocalDate today, YearMonth certifiedIn) {

    /** The first fiscal year the calendar knows (D1); earlier dates are typing errors whatever today is. */
    private static final LocalDate EARLIEST = FiscalYear.of(2000).firstDay();
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu年M月");

    public CountableDates {
        Objects.requireNonNull(today, "today");
    }

    /** The first day of the earliest fiscal year that can still count for a renewal. */
    LocalDate firstCountingDay() {
        LocalDate previousYear = FiscalYear.containing(today).previous().firstDay();
        return previousYear.isAfter(EARLIEST) ? previousYear : EARLIEST;
    }

    /** Throws the rejection that says why {@code date} can not be an activity date; the first that applies. */
    void check(LocalDate date) {
        Optional<Rejection> problem = problemWith(date);
        if (problem.isPresent()) {
            throw problem.get();
        }
    }

    /** Whether {@code date} passes {@link #check}. */
    boolean allows(LocalDate date) {
        return problemWith(date).isEmpty();
    }

    private Optional<Rejection> problemWith(LocalDate date) {
        if (date == null) {
            return Optional.of(Rejection.badInput("points.activity-date-missing", "活動日を入力してください。"));
        }
        if (date.isAfter(today)) {
            return Optional.of(Rejection.badInput("points.activity-date-in-future",
                    "活動日に未来の日付は指定できません（活動日: " + date + "、本日: " + today + "）。"));
        }
        if (certifiedIn != null && date.isBefore(certifiedIn.atDay(1))) {
            return Optional.of(Rejection.badInput("points.activity-date-before-certification",
                    "活動日が認定年月（" + certifiedIn.format(MONTH) + "）より前です。認定前の活動は実践力ポイントに"
                            + "なりません（活動日: " + date + "）。"));
        }
        LocalDate first = firstCountingDay();
        if (date.isBefore(first)) {
            return Optional.of(Rejection.badInput("points.activity-date-too-old",
                    "活動日は " + first + " 以降の日付を入力してください。それより前の年度のポイントは資格更新に"
                            + "使えません（活動日: " + date + "）。"));
        }
        return Optional.empty();
    }
}
