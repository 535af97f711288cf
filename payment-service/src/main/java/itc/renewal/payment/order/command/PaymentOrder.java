package itc.renewal.payment.order.command;

import itc.renewal.payment.order.api.AbandonCardChargeCommand;
import itc.renewal.payment.order.api.BankTransferInvoiceIssuedEvent;
import itc.renewal.payment.order.api.CardChargeAbandonedEvent;
import itc.renewal.payment.order.api.CardChargeStartedEvent;
import itc.renewal.payment.order.api.CardPaymentDeclinedEvent;
import itc.renewal.payment.order.api.CardPaymentSucceededAfterLapseEvent;
import itc.renewal.payment.order.api.CardPaymentSucceededEvent;
import itc.renewal.payment.order.api.CardPaymentTerms;
import itc.renewal.payment.order.api.CardReceipt;
import itc.renewal.payment.order.api.ChoosePaymentMethodCommand;
import itc.renewal.payment.order.api.ClosePaymentOrderCommand;
import itc.renewal.payment.order.api.ConfirmPaymentCommand;
import itc.renewal.payment.order.api.ConvenienceSlipIssuedEvent;
import itc.renewal.payment.order.api.IssueReceiptCommand;
import itc.renewal.payment.order.api.OpenPaymentOrderCommand;
import itc.renewal.payment.order.api.PaymentConfirmedEvent;
import itc.renewal.payment.order.api.PaymentMethod;
import itc.renewal.payment.order.api.PaymentMethodChosenEvent;
import itc.renewal.payment.order.api.PaymentOrderClosedEvent;
import itc.renewal.payment.order.api.PaymentOrderOpenedEvent;
import itc.renewal.payment.order.api.PaymentReceivedEvent;
import itc.renewal.payment.order.api.PaymentStatus;
import itc.renewal.payment.order.api.PaymentTerms;
import itc.renewal.payment.order.api.PaymentUnappliedEvent;
import itc.renewal.payment.order.api.PendingCardCharge;
import itc.renewal.payment.order.api.ReceiptIssuedEvent;
import itc.renewal.payment.order.api.ReceivedPayment;
import itc.renewal.payment.order.api.ReceivedPaymentOutcome;
import itc.renewal.payment.order.api.RecordCardDeclineCommand;
import itc.renewal.payment.order.api.RecordCardPaymentCommand;
import itc.renewal.payment.order.api.RecordConvenienceSlipCommand;
import itc.renewal.payment.order.api.RecordReceivedPaymentCommand;
import itc.renewal.payment.order.api.StartCardChargeCommand;
import itc.renewal.payment.order.domain.FeeDocuments;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The renewal fee of one applied renewal; its id is the renewal id. Invariants:
 * <ul>
 *   <li>F1: the member chooses one method (card, bank transfer, convenience store), recorded as an event; the
 *       choice is final. Paying by card without choosing first chooses card. Bank transfer issues the qualified
 *       invoice at once (F3); convenience store gets its slip from the store network.</li>
 *   <li>F1: once paid, it stays paid: no second payment and no other method.</li>
 *   <li>F3: money received by transfer or at a store pays the order only when it is the exact fee by the method
 *       chosen; any other money (short, over, duplicate, after the lapse, other method) is recorded as unapplied
 *       and listed for an operator. The same statement line or notification is recorded once. An operator may
 *       confirm a payment by hand, with a reason.</li>
 *   <li>F4: a paid order gets one receipt.</li>
 *   <li>F2: a card charge starts here before it reaches the provider, and while one is pending no
 *       charge under another key starts (two browser tabs cannot both charge); the same key goes
 *       on, since the provider answers a repeated key with its first result. A recorded result
 *       (approved or declined) ends the pending charge.</li>
 *   <li>F2: a pending charge without a result for {@link CardCharges#CHARGE_RESULT_TIMEOUT} blocks no
 *       longer, but its outcome is asked of the provider and recorded before another key may start.</li>
 *   <li>F2: an idempotency key is recorded at most once, so a retried request records nothing new.</li>
 *   <li>Q5: once the renewal lapsed, no charge starts. The lapse is remembered by renewal id even
 *       before the order opens, so a late RenewalApplied opens nothing. A charge in flight at the
 *       lapse is not stopped (it may be at the provider); approved, it is recorded as paid after the
 *       lapse: it pays no renewal and awaits a refund. A paid order stays paid (no automatic refund).</li>
 *   <li>Only the member who applied may see or pay it; to anyone else it does not exist.</li>
 * </ul>
 * The pending charge, declined keys and paid key are kept in {@link CardCharges}; the rules are decided here.
 */
@Aggregate
class PaymentOrder extends PaymentOrderState {

    private static final Logger log = LoggerFactory.getLogger(PaymentOrder.class);

    PaymentOrder() {
        // for Axon
    }

    /**
     * Create-if-missing: a RenewalApplied redelivered with a new event id must not fail, nor open twice;
     * one delivered after the lapse finds the order closed in advance and opens nothing (rule Q5).
     */
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
                command.amount(), command.currency(), command.payableUntil()));
    }

    /** Rule C3: the lapse closes an unpaid order, opened or not; a charge in flight goes on (see above). */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ClosePaymentOrderCommand command) {
        if (status == PaymentStatus.PAID) {
            log.warn("renewal {} lapsed although its fee was paid by {}: nothing is refunded automatically",
                    renewalId, method);
        }
        if (status == null || status == PaymentStatus.AWAITING_PAYMENT) {
            apply(new PaymentOrderClosedEvent(command.renewalId(), command.memberId(), command.fiscalYear(),
                    command.lapsedAt()));
        }
    }

    /** Rule F1: the same choice again answers the terms; another method is refused, and so is any after payment. */
    @CommandHandler
    PaymentTerms handle(ChoosePaymentMethodCommand command) {
        requireOwner(command.memberId());
        if (method == command.method()) {
            return terms();
        }
        if (method != null) {
            throw PaymentRejections.methodAlreadyChosen(method);
        }
        requireAwaitingPayment();
        apply(new PaymentMethodChosenEvent(renewalId, memberId, fiscalYear, command.method(), command.chosenAt()));
        if (command.method() == PaymentMethod.BANK_TRANSFER) {
            apply(new BankTransferInvoiceIssuedEvent(renewalId, memberId, FeeDocuments.invoice(renewalId, memberId,
                    fiscalYear, amount, payableUntil, command.invoicing(), command.chosenAt())));
        }
        return terms();
    }

    @CommandHandler
    void handle(RecordConvenienceSlipCommand command) {
        if (method != PaymentMethod.CONVENIENCE_STORE) {
            throw new IllegalStateException("order " + renewalId + " is not paid at a convenience store");
        }
        if (slip == null) {
            apply(new ConvenienceSlipIssuedEvent(renewalId, memberId, command.slip()));
        }
    }

    /** Rules F3, Q5: see the class comment; never refuses money, it records what it did with it. */
    @CommandHandler
    ReceivedPaymentOutcome handle(RecordReceivedPaymentCommand command) {
        ReceivedPayment payment = command.payment();
        if (command.slipNumber() != null && (slip == null || !slip.slipNumber().equals(command.slipNumber()))) {
            throw PaymentRejections.slipUnknown(command.slipNumber());
        }
        if (received.isRecorded(payment.reference())) {
            return ReceivedPaymentOutcome.ALREADY_RECORDED;
        }
        ReceivedPaymentOutcome outcome = ReceivedMoney.outcome(status, method, command.method(), amount,
                payment.amount());
        if (outcome == ReceivedPaymentOutcome.PAID) {
            apply(new PaymentReceivedEvent(renewalId, memberId, fiscalYear, currency, command.method(), payment));
        } else {
            log.warn("order {}: {} {} JPY by {} ({}) does not pay it: {}", renewalId, payment.reference(),
                    payment.amount(), command.method(), payment.payer(), outcome);
            apply(new PaymentUnappliedEvent(renewalId, memberId, command.method(), payment, outcome));
        }
        return outcome;
    }

    /** Rule F3: by hand, with a reason; not while a card charge may still pay it, nor after the lapse. */
    @CommandHandler
    void handle(ConfirmPaymentCommand command) {
        if (command.reason().isBlank()) {
            throw PaymentRejections.reasonRequired();
        }
        requireAwaitingPayment();
        if (charges.pending() != null) {
            throw PaymentRejections.chargeInProgress();
        }
        apply(new PaymentConfirmedEvent(renewalId, memberId, fiscalYear, amount, currency,
                method == null ? PaymentMethod.BANK_TRANSFER : method, command.operatorId(), command.reason().strip(),
                command.confirmedAt()));
    }

    @CommandHandler
    void handle(IssueReceiptCommand command) {
        if (status == PaymentStatus.PAID && !receiptIssued) {
            apply(new ReceiptIssuedEvent(renewalId, memberId, command.receipt()));
        }
    }

    @CommandHandler
    CardPaymentTerms handle(StartCardChargeCommand command) {
        requireOwner(command.memberId());
        String key = command.idempotencyKey();
        if (method != null && method != PaymentMethod.CARD) {
            throw PaymentRejections.methodAlreadyChosen(method);
        }
        if (!charges.isPaid() && (status == PaymentStatus.PAID || status == PaymentStatus.PAID_AFTER_LAPSE)) {
            throw PaymentRejections.alreadyPaid();
        }
        if (charges.isPaid()) {
            if (!charges.isPaidWith(key)) {
                throw status == PaymentStatus.PAID ? PaymentRejections.alreadyPaid()
                        : PaymentRejections.windowClosed(fiscalYear);
            }
            return terms(charges.receipt(), null);
        }
        if (status == PaymentStatus.CLOSED_LAPSED) {
            // a charge started before the lapse that went silent is settled first, so that money it
            // moved is recorded before the member is refused (StaleChargeRecovery)
            if (charges.hasStalePending(command.startedAt())) {
                return terms(null, charges.pending());
            }
            if (charges.pending() != null) {
                // its result is still to come and will be recorded (approved: PAID_AFTER_LAPSE); "refused"
                // now would be wrong if the member's card is charged a moment later
                throw PaymentRejections.chargeInProgress();
            }
            throw PaymentRejections.windowClosed(fiscalYear);
        }
        if (charges.isDeclined(key)) {
            // the provider would answer this key with the same decline: say so without asking
            throw PaymentRejections.cardDeclined();
        }
        if (charges.pending() != null && !charges.isPending(key)) {
            if (!charges.hasStalePending(command.startedAt())) {
                throw PaymentRejections.chargeInProgress();
            }
            return terms(null, charges.pending());
        }
        if (charges.pending() == null) {
            if (method == null) {
                apply(new PaymentMethodChosenEvent(renewalId, memberId, fiscalYear, PaymentMethod.CARD,
                        command.startedAt()));
            }
            apply(new CardChargeStartedEvent(renewalId, key, command.cardLast4(), command.startedAt()));
        }
        return terms(null, null);
    }

    @CommandHandler
    void handle(AbandonCardChargeCommand command) {
        requireOwner(command.memberId());
        if (!charges.isPending(command.idempotencyKey())) {
            return;
        }
        if (!charges.hasStalePending(command.abandonedAt())) {
            throw PaymentRejections.chargeInProgress();
        }
        apply(new CardChargeAbandonedEvent(renewalId, command.idempotencyKey(), command.abandonedAt()));
    }

    /** Records the truth even without a pending charge: money that moved must show here. */
    @CommandHandler
    CardReceipt handle(RecordCardPaymentCommand command) {
        requireOwner(command.memberId());
        if (charges.isPaid() || status == PaymentStatus.PAID) {
            if (charges.isPaid() && charges.isPaidWith(command.idempotencyKey())) {
                return charges.receipt();
            }
            throw PaymentRejections.alreadyPaid();
        }
        if (status == PaymentStatus.CLOSED_LAPSED) {
            // only a charge started before the lapse gets here: nothing starts after it
            log.warn("order {}: charge {} approved after the renewal lapsed: refund it", renewalId,
                    command.providerReference());
            apply(new CardPaymentSucceededAfterLapseEvent(renewalId, memberId, amount,
                    command.providerReference(), command.idempotencyKey(), command.paidAt(), command.cardLast4()));
            return charges.receipt();
        }
        apply(new CardPaymentSucceededEvent(renewalId, memberId, amount, command.providerReference(),
                command.idempotencyKey(), command.paidAt(), fiscalYear, currency, command.cardLast4()));
        return charges.receipt();
    }

    @CommandHandler
    void handle(RecordCardDeclineCommand command) {
        requireOwner(command.memberId());
        if (charges.isPaid()) {
            throw PaymentRejections.alreadyPaid();
        }
        if (charges.isDeclined(command.idempotencyKey())) {
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

    private void requireAwaitingPayment() {
        if (status == PaymentStatus.PAID || status == PaymentStatus.PAID_AFTER_LAPSE) {
            throw PaymentRejections.alreadyPaid();
        }
        if (status == PaymentStatus.CLOSED_LAPSED) {
            throw PaymentRejections.windowClosed(fiscalYear);
        }
    }

    private PaymentTerms terms() {
        return new PaymentTerms(renewalId, memberId, fiscalYear, amount, currency, payableUntil, method, invoice,
                slip);
    }

    private CardPaymentTerms terms(CardReceipt paid, PendingCardCharge stale) {
        return new CardPaymentTerms(renewalId, fiscalYear, amount, currency, paid, stale);
    }
}
