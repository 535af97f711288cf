package itc.renewal.renewal.qualification.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * The next renewal a holder can (or must) make: the one of the fiscal year in which their current expiry
 * (31 May, Q2) falls. {@code opensAt}/{@code closesAt} is that FY's window in force (Q5; closesAt exclusive,
 * 2027-06-01T00:00+09:00 is "31 May 24:00"), {@code open} whether it is open by the business clock now.
 * {@code firstRenewal} is Q4's free first renewal; {@code fee} the fee in force, or the one recorded at
 * application. {@code status} is that of GET /api/renewals/{fiscalYear}: NOT_APPLIED, APPLIED, COMPLETED
 * or LAPSED; {@code renewalId} is null until applied.
 */
public record NextRenewalView(
        int fiscalYear,
        OffsetDateTime opensAt,
        OffsetDateTime closesAt,
        boolean open,
        boolean firstRenewal,
        FeeView fee,
        String renewalId,
        String status) {

    /** JPY including consumption tax; {@code waived} when nothing is to be paid. */
    public record FeeView(BigDecimal amount, String currency, boolean waived) {
    }
}
