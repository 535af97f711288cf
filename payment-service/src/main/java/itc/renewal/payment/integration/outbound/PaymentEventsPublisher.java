package itc.renewal.payment.integration.outbound;

import itc.renewal.contracts.payment.v1.CardPaymentDeclined;
import itc.renewal.contracts.payment.v1.FeePaid;
import itc.renewal.contracts.payment.v1.PaidAfterLapse;
import itc.renewal.contracts.payment.v1.PaymentMethodChosen;
import itc.renewal.payment.order.api.CardPaymentDeclinedEvent;
import itc.renewal.payment.order.api.CardPaymentSucceededAfterLapseEvent;
import itc.renewal.payment.order.api.CardPaymentSucceededEvent;
import itc.renewal.payment.order.api.PaymentConfirmedEvent;
import itc.renewal.payment.order.api.PaymentMethodChosenEvent;
import itc.renewal.payment.order.api.PaymentMethod;
import itc.renewal.payment.order.api.PaymentReceivedEvent;
import itc.renewal.platform.messaging.EventRelay;
import itc.renewal.platform.messaging.IntegrationEventPublisher;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/**
 * Relays recorded payments to {@code itc.payment.events} as FeePaid, whichever way the fee was paid: by card, by
 * a reconciled bank transfer, at a convenience store, or confirmed by an operator (rules F1–F3); and the facts
 * around them other systems ask for: the method chosen, a declined card charge, money received after the lapse. The event store is the
 * outbox: this tracking processor's token sits in the same database, a failed send is retried
 * from the same event, and the event id is the stored event's id, so a republished FeePaid is
 * recognised by every consumer. Replays republish on purpose (consumers deduplicate).
 */
@Component
@ProcessingGroup("payment-events-publisher")
class PaymentEventsPublisher extends EventRelay {

    PaymentEventsPublisher(IntegrationEventPublisher publisher) {
        super(publisher, "paymentEvents-out-0");
    }

    @EventHandler
    void on(CardPaymentSucceededEvent event, @MessageIdentifier String messageId) {
        relay(messageId, event.paidAt(), event.memberId(), new FeePaid(UUID.fromString(messageId), event.paidAt(),
                event.memberId(), event.renewalId(), event.fiscalYear(), event.amount(), event.currency(),
                PaymentMethod.CARD.name()));
    }

    @EventHandler
    void on(PaymentReceivedEvent event, @MessageIdentifier String messageId) {
        Instant paidAt = event.payment().recordedAt();
        relay(messageId, paidAt, event.memberId(), new FeePaid(UUID.fromString(messageId), paidAt, event.memberId(),
                event.renewalId(), event.fiscalYear(), event.amount(), event.currency(), event.method().name()));
    }

    @EventHandler
    void on(PaymentConfirmedEvent event, @MessageIdentifier String messageId) {
        relay(messageId, event.confirmedAt(), event.memberId(), new FeePaid(UUID.fromString(messageId),
                event.confirmedAt(), event.memberId(), event.renewalId(), event.fiscalYear(), event.amount(),
                event.currency(), event.method().name()));
    }

    @EventHandler
    void on(PaymentMethodChosenEvent event, @MessageIdentifier String messageId) {
        relay(messageId, event.chosenAt(), event.memberId(), new PaymentMethodChosen(UUID.fromString(messageId),
                event.chosenAt(), event.memberId(), event.renewalId(), event.fiscalYear(), event.method().name()));
    }

    /** The declined charge's event names its renewal only; the renewal id is the fiscal year and the member id. */
    @EventHandler
    void on(CardPaymentDeclinedEvent event, @MessageIdentifier String messageId, @Timestamp Instant declinedAt) {
        RenewalIds.Parts renewal = RenewalIds.parse(event.renewalId());
        relay(messageId, declinedAt, renewal.memberId(), new CardPaymentDeclined(UUID.fromString(messageId),
                declinedAt, renewal.memberId(), event.renewalId(), renewal.fiscalYear(), event.reason()));
    }

    @EventHandler
    void on(CardPaymentSucceededAfterLapseEvent event, @MessageIdentifier String messageId) {
        relay(messageId, event.paidAt(), event.memberId(), new PaidAfterLapse(UUID.fromString(messageId),
                event.paidAt(), event.memberId(), event.renewalId(), RenewalIds.parse(event.renewalId()).fiscalYear(),
                event.amount(), "JPY", PaymentMethod.CARD.name()));
    }
}
