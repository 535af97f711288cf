package itc.renewal.points.ledger.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the ledger answers to a {@link CorrectPointsEntryCommand}: the entry's state and the counted totals
 * of the year it counts for and of the year it came from (the same year when it did not move).
 *
 * @param corrected {@code false} when the correction changed nothing, so nothing was recorded
 */
public record EntryCorrection(String entryId, LocalDate activityDate, int fiscalYear, String category, String title,
                              BigDecimal points, BigDecimal hours, String note, BigDecimal fiscalYearCountedTotal,
                              int previousFiscalYear, BigDecimal previousFiscalYearCountedTotal, boolean corrected) {
}
