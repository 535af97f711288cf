package itc.renewal.payment.order.command;

import itc.renewal.payment.order.api.CardReceipt;
import itc.renewal.payment.order.api.PendingCardCharge;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The card-charge bookkeeping of one {@link PaymentOrder} (rule F2): the charge pending at the provider, the keys
 * the provider declined, and the key and receipt of the payment. It decides nothing and applies no event: the
 * aggregate asks it, and its event-sourcing handlers tell it what happened. Value equality, because Axon's fixture
 * compares the state that commands built with the state rebuilt from the events.
 */
final class CardCharges {

    /** Longer than any provider call may take (adapters time out before), so no live charge is stale. */
    static final Duration CHARGE_RESULT_TIMEOUT = Duration.ofMinutes(2);

    private PendingCardCharge pending;
    private final Set<String> declinedKeys = new HashSet<>();
    private String paidWithKey;
    private CardReceipt receipt;

    boolean isPaid() {
        return receipt != null;
    }

    /** Only for a paid order. */
    boolean isPaidWith(String key) {
        return paidWithKey.equals(key);
    }

    CardReceipt receipt() {
        return receipt;
    }

    /** The charge started without a recorded result, or null. */
    PendingCardCharge pending() {
        return pending;
    }

    boolean isPending(String key) {
        return pending != null && pending.idempotencyKey().equals(key);
    }

    /** Whether a charge is pending that has waited {@link #CHARGE_RESULT_TIMEOUT} for its result. */
    boolean hasStalePending(Instant now) {
        return pending != null && !now.isBefore(pending.startedAt().plus(CHARGE_RESULT_TIMEOUT));
    }

    boolean isDeclined(String key) {
        return declinedKeys.contains(key);
    }

    void started(PendingCardCharge charge) {
        pending = charge;
    }

    void abandoned() {
        pending = null;
    }

    void paid(String key, CardReceipt paidReceipt) {
        paidWithKey = key;
        receipt = paidReceipt;
        pending = null;
    }

    void declined(String key) {
        declinedKeys.add(key);
        if (isPending(key)) {
            pending = null;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CardCharges that && Objects.equals(pending, that.pending)
                && declinedKeys.equals(that.declinedKeys) && Objects.equals(paidWithKey, that.paidWithKey)
                && Objects.equals(receipt, that.receipt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pending, declinedKeys, paidWithKey, receipt);
    }
}
