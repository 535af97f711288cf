package itc.renewal.payment.order.command;

import itc.renewal.payment.order.api.BankTransferInvoiceIssuedEvent;
import itc.renewal.payment.order.api.CardChargeAbandonedEvent;
import itc.renewal.payment.order.api.CardChargeStartedEvent;
import itc.renewal.payment.order.api.CardPaymentDeclinedEvent;
import itc.renewal.payment.order.api.CardPaymentSucceededAfterLapseEvent;
import itc.renewal.payment.order.api.CardPaymentSucceededEvent;
import itc.renewal.payment.order.api.CardReceipt;
import itc.renewal.payment.order.api.ConvenienceSlip;
import itc.renewal.payment.order.api.ConvenienceSlipIssuedEvent;
import itc.renewal.payment.order.api.Invoice;
import itc.renewal.payment.order.api.PaymentConfirmedEvent;
import itc.renewal.payment.order.api.PaymentMethod;
import itc.renewal.payment.order.api.PaymentMethodChosenEvent;
import itc.renewal.payment.order.api.PaymentOrderClosedEvent;
import itc.renewal.payment.order.api.PaymentOrderOpenedEvent;
import itc.renewal.payment.order.api.PaymentReceivedEvent;
import itc.renewal.payment.order.api.PaymentStatus;
import itc.renewal.payment.order.api.PaymentUnappliedEvent;
import itc.renewal.payment.order.api.PendingCardCharge;
import itc.renewal.payment.order.api.ReceiptIssuedEvent;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a {@link PaymentOrder} knows, rebuilt from its events: the event-sourcing side only, kept apart from the
 * decisions so each stays readable. Nothing here decides or applies an event.
 */
abstract class PaymentOrderState {

    @AggregateIdentifier
    String renewalId;
    String memberId;
    int fiscalYear;
    BigDecimal amount;
    String currency;
    Instant payableUntil;
    PaymentStatus status;
    PaymentMethod method;
    ConvenienceSlip slip;
    Invoice invoice;
    boolean receiptIssued;
    final CardCharges charges = new CardCharges();
    final ReceivedMoney received = new ReceivedMoney();

    @EventSourcingHandler
    void on(PaymentOrderOpenedEvent event) {
        renewalId = event.renewalId();
        memberId = event.memberId();
        fiscalYear = event.fiscalYear();
        amount = event.amount();
        currency = event.currency();
        payableUntil = event.payableUntil();
        status = PaymentStatus.AWAITING_PAYMENT;
    }

    @EventSourcingHandler
    void on(PaymentMethodChosenEvent event) {
        method = event.method();
    }

    @EventSourcingHandler
    void on(BankTransferInvoiceIssuedEvent event) {
        invoice = event.invoice();
    }

    @EventSourcingHandler
    void on(ConvenienceSlipIssuedEvent event) {
        slip = event.slip();
    }

    @EventSourcingHandler
    void on(PaymentReceivedEvent event) {
        received.recorded(event.payment().reference());
        status = PaymentStatus.PAID;
    }

    @EventSourcingHandler
    void on(PaymentUnappliedEvent event) {
        received.recorded(event.payment().reference());
    }

    @EventSourcingHandler
    void on(PaymentConfirmedEvent event) {
        status = PaymentStatus.PAID;
    }

    @EventSourcingHandler
    void on(ReceiptIssuedEvent event) {
        receiptIssued = true;
    }

    @EventSourcingHandler
    void on(CardChargeStartedEvent event) {
        method = PaymentMethod.CARD;
        charges.started(new PendingCardCharge(event.idempotencyKey(), event.cardLast4(), event.startedAt()));
    }

    @EventSourcingHandler
    void on(CardChargeAbandonedEvent event) {
        charges.abandoned();
    }

    @EventSourcingHandler
    void on(CardPaymentSucceededEvent event) {
        paid(PaymentStatus.PAID, event.idempotencyKey(), new CardReceipt(event.providerReference(), event.paidAt(),
                PaymentStatus.PAID));
    }

    @EventSourcingHandler
    void on(PaymentOrderClosedEvent event) {
        renewalId = event.renewalId();
        memberId = event.memberId();
        fiscalYear = event.fiscalYear();
        status = PaymentStatus.CLOSED_LAPSED;
    }

    @EventSourcingHandler
    void on(CardPaymentSucceededAfterLapseEvent event) {
        paid(PaymentStatus.PAID_AFTER_LAPSE, event.idempotencyKey(), new CardReceipt(event.providerReference(),
                event.paidAt(), PaymentStatus.PAID_AFTER_LAPSE));
    }

    private void paid(PaymentStatus paidStatus, String key, CardReceipt paidReceipt) {
        status = paidStatus;
        method = PaymentMethod.CARD;
        charges.paid(key, paidReceipt);
    }

    @EventSourcingHandler
    void on(CardPaymentDeclinedEvent event) {
        charges.declined(event.idempotencyKey());
    }
}
