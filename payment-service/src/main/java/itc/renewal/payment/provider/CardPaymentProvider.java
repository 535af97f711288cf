package itc.renewal.payment.provider;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Port to the card payment provider (rule F2). Implementations must honour the idempotency key: a
 * second charge with a key already used returns the first result and moves no money, so a retried
 * request can never charge a member twice.
 */
public interface CardPaymentProvider {

    ChargeResult charge(String idempotencyKey, CardNumber cardNumber, BigDecimal amount, String currency);

    /**
     * What became of the charge made under {@code idempotencyKey}, asked when its request died before
     * the outcome was recorded; moves no money. Empty only when the provider never received that
     * charge. An adapter that cannot tell (provider unreachable, charge still processing) must throw,
     * never answer empty: empty lets the member pay again under a new key.
     */
    Optional<ChargeResult> resultFor(String idempotencyKey);
}
