package itc.renewal.payment.order.domain;

import java.math.BigDecimal;

/**
 * The fee a renewal was applied with (rule Q4). A waived first renewal, or a fiscal year whose fee an operator set
 * to zero, has nothing to pay: no payment order and no payment method (F1).
 */
public record RenewalFee(BigDecimal amount, String currency, boolean waived) {

    /** Renewals applied before the currency travelled with the fee were in yen. */
    public static final String DEFAULT_CURRENCY = "JPY";

    public RenewalFee {
        currency = currency == null ? DEFAULT_CURRENCY : currency;
    }

    public boolean payable() {
        return !waived && amount != null && amount.signum() > 0;
    }
}
