package itc.renewal.payment.provider;

import java.math.BigDecimal;

/**
 * Port to the card payment provider (rule F2). Implementations must honour the idempotency key: a
 * second charge with a key already used returns the first result and moves no money, so a retried
 * request can never charge a member twice.
 */
public interface CardPaymentProvider {

    ChargeResult charge(String idempotencyKey, CardNumber cardNumber, BigDecimal amount, String currency);
}
