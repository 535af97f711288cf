package itc.renewal.points.ledger.api;

import itc.renewal.points.ledger.domain.CountedTotalChange;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A member withdrew one of their own entries (rule P3): it no longer counts, which may free cap room for
 * later entries of its category. The entry stays in the ledger's history.
 *
 * @param fiscalYearCountedTotal counted total of {@code fiscalYear} after the withdrawal
 * @param reason                 the member's optional reason, {@code null} when absent
 */
public record PointsEntryWithdrawnEvent(String memberId, String entryId, int fiscalYear,
                                        BigDecimal fiscalYearCountedTotal, String reason) implements CountedTotalChange {

    @Override
    public Optional<BigDecimal> countedTotalFor(int year) {
        return year == fiscalYear ? Optional.of(fiscalYearCountedTotal) : Optional.empty();
    }
}
