package itc.renewal.payment.integration.outbound;

import itc.renewal.contracts.payment.v1.FeePaid;
import itc.renewal.payment.order.api.CardPaymentSucceededEvent;
import itc.renewal.payment.order.api.PaymentConfirmedEvent;
import itc.renewal.payment.order.api.PaymentMethod;
import itc.renewal.payment.order.api.PaymentReceivedEvent;
import itc.renewal.platform.messaging.EventRelay;
import itc.renewal.platform.messaging.IntegrationEventPublisher;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.UUID;

/**
 * Relays recorded payments to {@code itc.payment.events} as FeePaid, whichever way the fee was paid: by card, by
 * a reconciled bank transfer, at a convenience store, or confirmed by an operator (rules F1–F3). The event store is the
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
}
