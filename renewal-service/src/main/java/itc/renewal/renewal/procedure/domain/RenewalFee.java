package itc.renewal.renewal.procedure.domain;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.qualification.domain.CertifiedIn;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Rule Q4: the first renewal (certification FY = M−1) is free; every other renewal costs the FY's
 * fee (22,000 JPY including 10% consumption tax by default). A fee an operator set to 0 is waived
 * too: nothing would ever be paid, so only a waiver lets the renewal complete (C1).
 */
public record RenewalFee(BigDecimal amount, boolean waived) {

    public static final String CURRENCY = "JPY";

    public RenewalFee {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0 || waived && amount.signum() != 0) {
            throw new IllegalArgumentException("bad renewal fee " + amount + (waived ? " (waived)" : ""));
        }
    }

    public static RenewalFee forRenewal(FiscalYear renewalYear, CertifiedIn certifiedIn, BigDecimal fiscalYearFee) {
        if (certifiedIn.isFirstRenewal(renewalYear) || fiscalYearFee.signum() == 0) {
            return new RenewalFee(BigDecimal.ZERO, true);
        }
        return new RenewalFee(fiscalYearFee, false);
    }
}
