package itc.renewal.renewal.procedure.api;

import java.math.BigDecimal;

/** The result of an accepted {@link ApplyForRenewalCommand}. */
public record RenewalApplicationAccepted(String renewalId, int fiscalYear, BigDecimal feeAmount, boolean feeWaived) {

    public static RenewalApplicationAccepted of(RenewalAppliedEvent applied) {
        return new RenewalApplicationAccepted(applied.renewalId(), applied.fiscalYear(), applied.feeAmount(),
                applied.feeWaived());
    }
}
