package itc.renewal.points.ledger.command;

import itc.renewal.points.catalogue.PointCategory;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The ledger's input rules (P6) for checking a whole import file before anything is registered:
 * each method throws the same {@link itc.renewal.platform.problem.Rejection} the ledger would.
 */
public final class EntryRules {

    private EntryRules() {
    }

    public static void checkActivityDate(LocalDate activityDate, CountableDates dates) {
        ActivityDate.of(activityDate, dates);
    }

    public static void checkTitle(String title) {
        EntryTitle.of(title);
    }

    public static void checkAmount(PointCategory category, BigDecimal points, BigDecimal hours) {
        EntryAmount.of(category, points, hours);
    }
}
