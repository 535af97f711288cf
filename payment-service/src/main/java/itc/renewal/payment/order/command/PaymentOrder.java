package itc.renewal.payment.order.command;

import itc.renewal.payment.order.api.CardPaymentDeclinedEvent;
import itc.renewal.payment.order.api.CardPaymentSucceededEvent;
import itc.renewal.payment.order.api.CardPaymentTerms;
import itc.renewal.payment.order.api.CardReceipt;
import itc.renewal.payment.order.api.OpenPaymentOrderCommand;
import itc.renewal.payment.order.api.PaymentOrderOpenedEvent;
import itc.renewal.payment.order.api.PaymentStatus;
import itc.renewal.payment.order.api.PrepareCardPaymentCommand;
import itc.renewal.payment.order.api.RecordCardDeclineCommand;
import itc.renewal.payment.order.api.RecordCardPaymentCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The renewal fee of one applied renewal; its id is the renewal id. Invariants:
 * <ul>
 *   <li>F1: once paid, it stays paid: no second payment and no other method.</li>
 *   <li>F2: money moves at the provider before a payment is recorded here; an idempotency key is
 *       recorded at most once, so a retried request records nothing new.</li>
 *   <li>Only the member who applied may see or pay it; to anyone else it does not exist.</li>
 * </ul>
 */
@Aggregate
class PaymentOrder {

    @AggregateIdentifier
    private String renewalId;
    private String memberId;
    private int fiscalYear;
    private BigDecimal amount;
    private String currency;
    private PaymentStatus status;
    private String paidWithKey;
    private CardReceipt receipt;
    private final Set<String> declinedKeys = new HashSet<>();

    PaymentOrder() {
        // for Axon
    }

    /** Create-if-missing: a RenewalApplied redelivered with a new event id must not fail, nor open twice. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenPaymentOrderCommand command) {
        if (renewalId != null) {
            return;
        }
        if (command.amount().signum() <= 0 || !"JPY".equals(command.currency())) {
            throw new IllegalArgumentException("a payment order needs a positive JPY amount: " + command);
        }
        apply(new PaymentOrderOpenedEvent(command.renewalId(), command.memberId(), command.fiscalYear(),
                command.amount(), command.currency()));
    }

    @CommandHandler
    CardPaymentTerms handle(PrepareCardPaymentCommand command) {
        requireOwner(command.memberId());
        if (status == PaymentStatus.PAID) {
            if (!paidWithKey.equals(command.idempotencyKey())) {
                throw PaymentRejections.alreadyPaid();
            }
            return new CardPaymentTerms(renewalId, fiscalYear, amount, currency, receipt);
        }
        return new CardPaymentTerms(renewalId, fiscalYear, amount, currency, null);
    }

    @CommandHandler
    CardReceipt handle(RecordCardPaymentCommand command) {
        requireOwner(command.memberId());
        if (status == PaymentStatus.PAID) {
            if (paidWithKey.equals(command.idempotencyKey())) {
                return receipt;
            }
            throw PaymentRejections.alreadyPaid();
        }
        apply(new CardPaymentSucceededEvent(renewalId, memberId, amount, command.providerReference(),
                command.idempotencyKey(), command.paidAt(), fiscalYear, currency, command.cardLast4()));
        return receipt;
    }

    @CommandHandler
    void handle(RecordCardDeclineCommand command) {
        requireOwner(command.memberId());
        if (status == PaymentStatus.PAID) {
            throw PaymentRejections.alreadyPaid();
        }
        if (declinedKeys.contains(command.idempotencyKey())) {
            return;
        }
        apply(new CardPaymentDeclinedEvent(renewalId, command.reason(), command.idempotencyKey(),
                command.cardLast4()));
    }

    private void requireOwner(String caller) {
        if (!memberId.equals(caller)) {
            throw PaymentRejections.orderNotFound();
        }
    }

    @EventSourcingHandler
    void on(PaymentOrderOpenedEvent event) {
        renewalId = event.renewalId();
        memberId = event.memberId();
        fiscalYear = event.fiscalYear();
        amount = event.amount();
        currency = event.currency();
        status = PaymentStatus.AWAITING_PAYMENT;
    }

    @EventSourcingHandler
    void on(CardPaymentSucceededEvent event) {
        status = PaymentStatus.PAID;
        paidWithKey = event.idempotencyKey();
        receipt = new CardReceipt(event.providerReference(), event.paidAt());
    }

    @EventSourcingHandler
    void on(CardPaymentDeclinedEvent event) {
        declinedKeys.add(event.idempotencyKey());
    }
}
