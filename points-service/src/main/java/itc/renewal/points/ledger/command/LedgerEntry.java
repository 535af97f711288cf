package itc.renewal.points.ledger.command;

import itc.renewal.points.ledger.api.PointsEntryCorrectedEvent;
import itc.renewal.points.ledger.api.PointsRegisteredEvent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The current state of one entry of a ledger, withdrawn ones included (their ids stay taken).
 *
 * @param cap              the category's cap recorded with the entry ({@code null} = uncapped)
 * @param withdrawalReason the reason of its withdrawal, {@code null} when none was given or it is not withdrawn
 */
record LedgerEntry(LocalDate activityDate, int fiscalYear, String category, String title, BigDecimal points,
                   BigDecimal hours, String note, BigDecimal cap, boolean registeredByAssociation, boolean withdrawn,
                   String withdrawalReason) {

    static LedgerEntry of(PointsRegisteredEvent event, BigDecimal cap) {
        return new LedgerEntry(event.activityDate(), event.fiscalYear(), event.category(), event.title(),
                event.points(), event.hours(), event.note(), cap, event.registeredByAssociation(), false, null);
    }

    LedgerEntry corrected(PointsEntryCorrectedEvent event) {
        return new LedgerEntry(event.activityDate(), event.fiscalYear(), event.category(), event.title(),
                event.points(), event.hours(), event.note(), event.categoryCap(), registeredByAssociation, false, null);
    }

    LedgerEntry asWithdrawn(String reason) {
        return new LedgerEntry(activityDate, fiscalYear, category, title, points, hours, note, cap,
                registeredByAssociation, true, reason);
    }

    /** Whether a correction to {@code input} would change nothing; amounts compare by value (2.5 = 2.50). */
    boolean sameAs(EntryInput input) {
        return activityDate.equals(input.activityDate().value()) && category.equals(input.category().code())
                && title.equals(input.title().value()) && points.compareTo(input.points()) == 0
                && sameAmount(hours, input.amount().hours()) && Objects.equals(note, input.note().value());
    }

    /**
     * The cap the entry counts with after a correction to {@code input} (P2): the one recorded with it while it
     * stays in its category and fiscal year, so that a trivial correction (a title, a date in the same year) never
     * re-caps points that counted under the catalogue of their registration; a new category or year is counted as a
     * new registration there would be, with the current catalogue's cap.
     */
    BigDecimal capAfter(EntryInput input) {
        boolean stays = category.equals(input.category().code()) && fiscalYear == input.fiscalYear();
        return stays ? cap : input.category().annualCap();
    }

    /** Whether the entry was withdrawn for {@code reason} (both none counts as the same). */
    boolean withdrawnWith(ChangeReason reason) {
        return withdrawn && Objects.equals(withdrawalReason, reason.value());
    }

    private static boolean sameAmount(BigDecimal one, BigDecimal other) {
        return one == null ? other == null : other != null && one.compareTo(other) == 0;
    }
}
