package itc.renewal.points.ledger.command;

import itc.renewal.platform.clock.FiscalYear;

import java.time.LocalDate;

/**
 * Date of an activity, Japan time, within the member's {@link CountableDates} (rule P6); its fiscal year is where
 * the points count (P1).
 */
record ActivityDate(LocalDate value) {

    static ActivityDate of(LocalDate date, CountableDates dates) {
        dates.check(date);
        return new ActivityDate(date);
    }

    /**
     * The fiscal year whose catalogue applies to a requested activity date (P2). A missing or refused date is
     * refused by {@link #of}; any catalogue will do for that.
     */
    static FiscalYear catalogueYear(LocalDate date, CountableDates dates) {
        return FiscalYear.containing(dates.allows(date) ? date : dates.today());
    }

    FiscalYear fiscalYear() {
        return FiscalYear.containing(value);
    }
}
