package itc.renewal.points.ledger.api;

import itc.renewal.points.ledger.domain.CapAllocation;
import itc.renewal.points.ledger.domain.CountedTotalChange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A member corrected one of their own entries (rule P3): the entry's full new state. If its fiscal year
 * changed, it left {@code previousFiscalYear} and counts after the entries already in {@code fiscalYear};
 * otherwise it keeps its place in the year's registration order (see {@link CapAllocation}).
 *
 * @param categoryCap                    the cap recorded with the entry after the correction; {@code null} if
 *                                       uncapped. The cap it had while it stays in its category and fiscal year,
 *                                       the current catalogue's cap of {@code fiscalYear} when either changed (P2)
 * @param reason                         the member's optional reason, {@code null} when absent
 * @param previousFiscalYear             the fiscal year the entry counted for before; equal to
 *                                       {@code fiscalYear} when the year did not change
 * @param fiscalYearCountedTotal         counted total of {@code fiscalYear} after the correction
 * @param previousFiscalYearCountedTotal counted total of {@code previousFiscalYear} after the correction
 */
public record PointsEntryCorrectedEvent(
        String memberId,
        String entryId,
        LocalDate activityDate,
        int fiscalYear,
        String category,
        String title,
        BigDecimal points,
        BigDecimal hours,
        String note,
        BigDecimal categoryCap,
        String reason,
        int previousFiscalYear,
        BigDecimal fiscalYearCountedTotal,
        BigDecimal previousFiscalYearCountedTotal) implements CountedTotalChange {

    @Override
    public Optional<BigDecimal> countedTotalFor(int year) {
        if (year == fiscalYear) {
            return Optional.of(fiscalYearCountedTotal);
        }
        return year == previousFiscalYear ? Optional.of(previousFiscalYearCountedTotal) : Optional.empty();
    }
}
