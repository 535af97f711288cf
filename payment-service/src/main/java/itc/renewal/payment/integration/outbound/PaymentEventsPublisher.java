package itc.renewal.payment.integration.outbound;

import itc.renewal.contracts.payment.v1.FeePaid;
import itc.renewal.payment.order.api.CardPaymentSucceededEvent;
import itc.renewal.platform.messaging.EventRelay;
import itc.renewal.platform.messaging.IntegrationEventPublisher;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Relays recorded payments to {@code itc.payment.events} as FeePaid. The event store is the
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
                event.memberId(), event.renewalId(), event.fiscalYear(), event.amount(), event.currency(), "CARD"));
    }
}
