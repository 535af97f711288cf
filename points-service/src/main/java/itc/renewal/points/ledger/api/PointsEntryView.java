package itc.renewal.points.ledger.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * @param hours                   hours entered for an hour-based category, {@code null} otherwise
 * @param countedPoints           the part of {@code points} that counts for renewal
 * @param capped                  whether the category's cap cut some or all of this entry (in activity-date order)
 * @param note                    the member's note, {@code null} when absent
 * @param registeredByAssociation whether the association registered it, so the member cannot change it (P3)
 */
public record PointsEntryView(String entryId, LocalDate activityDate, String category, String title,
                              BigDecimal points, BigDecimal hours, BigDecimal countedPoints, boolean capped,
                              String note, boolean registeredByAssociation) {
}
