package itc.renewal.points.ledger.query;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of {@code points_entry}: an entry with the counted points and cap its event recorded. */
record RecordedEntry(String entryId, LocalDate activityDate, String category, String title, BigDecimal points,
                     BigDecimal hours, BigDecimal countedPoints, BigDecimal categoryCap, long ledgerSequence) {
}
