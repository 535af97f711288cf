package itc.renewal.renewal.eligibility.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A member's counted total of one fiscal year and the position in their point ledger it reflects
 * ({@code ledgerSequence}; null when no report carried one, e.g. nothing was reported yet).
 */
public record LedgerTotal(BigDecimal countedTotal, Long ledgerSequence) {

    public static final LedgerTotal NONE = new LedgerTotal(BigDecimal.ZERO, null);

    public LedgerTotal {
        Objects.requireNonNull(countedTotal, "countedTotal");
    }

    /**
     * Whether a report at {@code sequence} is at least as new as this total. An unsequenced report cannot
     * be placed, so it only replaces an unsequenced total (as the projection does).
     */
    public boolean isNotNewerThan(Long sequence) {
        if (ledgerSequence == null) {
            return true;
        }
        return sequence != null && sequence >= ledgerSequence;
    }
}
