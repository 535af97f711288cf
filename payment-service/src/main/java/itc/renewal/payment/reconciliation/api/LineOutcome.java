package itc.renewal.payment.reconciliation.api;

/** What one credit of a bank statement did (rule F3); all but PAID and ALREADY_RECORDED need an operator. */
public enum LineOutcome {
    /** The exact fee with a valid transfer reference of an order paid by bank transfer: the order is paid. */
    PAID,
    /** Imported before (this file again, or an overlapping one): nothing changed. */
    ALREADY_RECORDED,
    SHORT,
    OVER,
    /** The order was paid already: refund. */
    DUPLICATE,
    /** The renewal lapsed before the money came: refund (Q5). */
    AFTER_LAPSE,
    /** The order's method is not bank transfer (or none was chosen). */
    OTHER_METHOD,
    /** No valid transfer reference before the payer name, or no such order. */
    UNMATCHED,
    /** The bank cancels or corrects an earlier credit (取消区分 1): nothing is changed automatically. */
    CANCELLATION;

    public boolean needsAttention() {
        return this != PAID && this != ALREADY_RECORDED;
    }
}
