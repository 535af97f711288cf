package itc.renewal.payment.order.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The consumption tax inside a tax-inclusive fee (rule F3): a qualified invoice shows, per tax rate, the amount and
 * the tax, the tax rounded once per invoice (never per line). Yen are whole: the tax is rounded down (切り捨て), the
 * usual choice, so the amount without tax is the rest. The fee of 22,000 JPY holds 2,000 JPY tax at 10 %.
 *
 * @param taxIncluded the fee as charged, whole yen
 * @param ratePercent the standard rate, 10
 * @param tax         the consumption tax in it
 */
public record ConsumptionTax(BigDecimal taxIncluded, int ratePercent, BigDecimal tax) {

    public static final int STANDARD_RATE_PERCENT = 10;

    public ConsumptionTax {
        if (taxIncluded.signum() < 0 || taxIncluded.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("an amount in whole yen is needed: " + taxIncluded);
        }
    }

    /** The tax inside {@code taxIncluded} at the standard rate, computed once for the whole invoice. */
    public static ConsumptionTax standardRateIn(BigDecimal taxIncluded) {
        BigDecimal rate = BigDecimal.valueOf(STANDARD_RATE_PERCENT);
        BigDecimal tax = taxIncluded.multiply(rate).divide(rate.add(BigDecimal.valueOf(100)), 0, RoundingMode.DOWN);
        return new ConsumptionTax(taxIncluded, STANDARD_RATE_PERCENT, tax);
    }

    /** The amount without the tax (税抜金額). */
    public BigDecimal taxExcluded() {
        return taxIncluded.subtract(tax);
    }
}
