package itc.renewal.points.ledger.command;

import itc.renewal.points.ledger.api.PointsEntryCorrectedEvent;
import itc.renewal.points.ledger.api.PointsRegisteredEvent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** The current state of one entry of a ledger, withdrawn ones included (their ids stay taken). */
record LedgerEntry(LocalDate activityDate, int fiscalYear, String category, String title, BigDecimal points,
                   BigDecimal hours, String note, boolean registeredByAssociation, boolean withdrawn) {

    static LedgerEntry of(PointsRegisteredEvent event) {
        return new LedgerEntry(event.activityDate(), event.fiscalYear(), event.category(), event.title(),
                event.points(), event.hours(), event.note(), event.registeredByAssociation(), false);
    }

    LedgerEntry corrected(PointsEntryCorrectedEvent event) {
        return new LedgerEntry(event.activityDate(), event.fiscalYear(), event.category(), event.title(),
                event.points(), event.hours(), event.note(), registeredByAssociation, false);
    }

    LedgerEntry asWithdrawn() {
        return new LedgerEntry(activityDate, fiscalYear, category, title, points, hours, note,
                registeredByAssociation, true);
    }

    /** Whether a correction to {@code input} would change nothing; amounts compare by value (2.5 = 2.50). */
    boolean sameAs(EntryInput input) {
        return activityDate.equals(input.activityDate().value()) && category.equals(input.category().code())
                && title.equals(input.title().value()) && points.compareTo(input.points()) == 0
                && sameAmount(hours, input.amount().hours()) && Objects.equals(note, input.note().value());
    }

    private static boolean sameAmount(BigDecimal one, BigDecimal other) {
        return one == null ? other == null : other != null && one.compareTo(other) == 0;
    }
}
