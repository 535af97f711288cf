package itc.renewal.points.ledger.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * renewal-service is about to record the member's application for the renewal of {@code renewalFiscalYear}
 * (rules A1, P4): lock the points of {@code fiscalYear}, its previous year, if they count at least
 * {@code requiredPoints} (Q3), so that nothing the application was granted on can change afterwards. One
 * decision on the ledger: the check and the lock cannot be separated by a withdrawal or a correction.
 * A year locked already answers locked, so a retry after a timeout succeeds.
 *
 * @param requiredPoints the counted points the renewal needs, positive
 */
public record LockFiscalYearForRenewalCommand(@TargetAggregateIdentifier String memberId, int fiscalYear,
                                              int renewalFiscalYear, BigDecimal requiredPoints) {

    public LockFiscalYearForRenewalCommand {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(requiredPoints, "requiredPoints");
        if (renewalFiscalYear != fiscalYear + 1) {
            throw new IllegalArgumentException("the renewal of FY " + renewalFiscalYear + " is not granted on FY "
                    + fiscalYear);
        }
    }
}
