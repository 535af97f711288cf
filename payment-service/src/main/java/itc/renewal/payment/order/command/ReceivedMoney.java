package itc.renewal.payment.order.command;

import itc.renewal.payment.order.api.PaymentMethod;
import itc.renewal.payment.order.api.PaymentStatus;
import itc.renewal.payment.order.api.ReceivedPaymentOutcome;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * The money an order received outside the card provider (rules F3, Q5): which statement lines and store
 * notifications it has recorded, and what a new one does. Value equality for Axon's fixture.
 */
final class ReceivedMoney {

    private final Set<String> references = new HashSet<>();

    boolean isRecorded(String reference) {
        return references.contains(reference);
    }

    void recorded(String reference) {
        references.add(reference);
    }

    /** Only the exact fee, by the method chosen, on an order still awaiting payment pays it. */
    static ReceivedPaymentOutcome outcome(PaymentStatus status, PaymentMethod chosen, PaymentMethod paidBy,
                                          BigDecimal fee, BigDecimal received) {
        if (status == PaymentStatus.CLOSED_LAPSED) {
            return ReceivedPaymentOutcome.AFTER_LAPSE;
        }
        if (status == PaymentStatus.PAID || status == PaymentStatus.PAID_AFTER_LAPSE) {
            return ReceivedPaymentOutcome.DUPLICATE;
        }
        if (chosen != paidBy) {
            return ReceivedPaymentOutcome.OTHER_METHOD;
        }
        int comparison = received.compareTo(fee);
        if (comparison < 0) {
            return ReceivedPaymentOutcome.SHORT;
        }
        return comparison > 0 ? ReceivedPaymentOutcome.OVER : ReceivedPaymentOutcome.PAID;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReceivedMoney that && references.equals(that.references);
    }

    @Override
    public int hashCode() {
        return references.hashCode();
    }
}
