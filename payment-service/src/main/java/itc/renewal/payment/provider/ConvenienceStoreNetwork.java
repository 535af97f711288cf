package itc.renewal.payment.provider;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Port to the convenience-store payment network (コンビニ決済代行). It issues a payment slip for an order and later
 * calls back when the member paid at a till ({@code /callbacks/convenience-store}, signed, see
 * {@link StoreCallbackSignature}). Implementations must be idempotent by order id: asking again for the same order
 * answers the same slip.
 */
public interface ConvenienceStoreNetwork {

    StoreSlip issueSlip(String orderId, BigDecimal amount, Instant payableUntil);

    /** A payment slip (払込票): the number the member gives at the till, and until when the stores accept it. */
    record StoreSlip(String slipNumber, Instant payableUntil) {
    }
}
