package itc.renewal.points.ledger.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * Locks a member's points of {@code fiscalYear} because the renewal of {@code renewalFiscalYear} was
 * applied (rule P4). Sent for every RenewalApplied; a year already locked stays as it is. The backstop of
 * {@link LockFiscalYearForRenewalCommand}, which renewal-service sends before it records the application.
 */
public record LockFiscalYearCommand(@TargetAggregateIdentifier String memberId, int fiscalYear,
                                    int renewalFiscalYear) {

    public LockFiscalYearCommand {
        Objects.requireNonNull(memberId, "memberId");
    }
}
