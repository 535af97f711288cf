package itc.renewal.points.ledger.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One version of an entry: its state after one ledger event (rule P3). A withdrawal repeats the last state.
 *
 * @param version    1 for the registration, then one more per correction or withdrawal
 * @param action     {@code REGISTERED}, {@code CORRECTED} or {@code WITHDRAWN}
 * @param recordedAt business time of the event (rule D2), Japan time
 * @param reason     the member's reason of a correction or withdrawal, {@code null} when absent
 */
public record PointsEntryVersionView(int version, String action, OffsetDateTime recordedAt, LocalDate activityDate,
                                     int fiscalYear, String category, String title, BigDecimal points,
                                     BigDecimal hours, String note, String reason) {
}
