package itc.renewal.payment.provider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The local default provider (rule F2): no money moves. Documented test cards:
 * <ul>
 *   <li>{@value #APPROVED_CARD}: approved</li>
 *   <li>{@value #DECLINED_CARD}: declined (insufficient funds)</li>
 *   <li>{@value #TIMEOUT_CARD}: approved, but the first answer is lost (the provider times out): the charge's
 *       outcome is learned later, by asking again with the same key or by {@link #resultFor}</li>
 *   <li>any other number passing the Luhn check: approved; others never get here ({@link CardNumber})</li>
 * </ul>
 * Like a real provider it remembers idempotency keys and answers a repeated key with the first
 * result, and answers what became of a key. Memory only: a restart forgets keys, which the
 * PaymentOrder's own key check covers (a forgotten stale charge is then taken as never made).
 */
@Component
@ConditionalOnProperty(name = "payment.card-provider", havingValue = "simulated")
class SimulatedCardPaymentProvider implements CardPaymentProvider {

    static final String APPROVED_CARD = "4242424242424242";
    static final String DECLINED_CARD = "4000000000000002";
    static final String TIMEOUT_CARD = "4000000000000119";
    static final String INSUFFICIENT_FUNDS = "insufficient_funds: the card has insufficient funds";

    private static final Logger log = LoggerFactory.getLogger(SimulatedCardPaymentProvider.class);

    private final Map<String, ChargeResult> resultsByKey = new ConcurrentHashMap<>();

    @Override
    public ChargeResult charge(String idempotencyKey, CardNumber cardNumber, BigDecimal amount, String currency) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(amount, "amount");
        // computeIfAbsent is atomic per key: two concurrent requests with one key charge once
        boolean[] first = {false};
        ChargeResult result = resultsByKey.computeIfAbsent(idempotencyKey, key -> {
            first[0] = true;
            return decide(key, cardNumber, amount, currency);
        });
        if (first[0] && TIMEOUT_CARD.equals(cardNumber.digits())) {
            throw new ProviderTimeout(idempotencyKey);
        }
        return result;
    }

    @Override
    public Optional<ChargeResult> resultFor(String idempotencyKey) {
        return Optional.ofNullable(resultsByKey.get(idempotencyKey));
    }

    private static ChargeResult decide(String key, CardNumber cardNumber, BigDecimal amount, String currency) {
        ChargeResult result = DECLINED_CARD.equals(cardNumber.digits())
                ? new ChargeResult.Declined(INSUFFICIENT_FUNDS)
                : new ChargeResult.Approved("sim_" + UUID.randomUUID());
        log.info("simulated charge {} {} on card {} (key {}): {}", amount, currency, cardNumber, key, result);
        return result;
    }
}
