package itc.renewal.renewal.integration.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.EventTypes;
import itc.renewal.contracts.payment.v1.FeePaid;
import itc.renewal.platform.messaging.IncomingEvent;
import itc.renewal.renewal.renewal.api.RecordFeePaymentCommand;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

import java.util.function.Consumer;

/** FeePaid from payment-service → the renewal records the payment (C1). */
@Component("paymentEventsListener")
class PaymentEventsListener implements Consumer<Message<byte[]>> {

    static final String CONSUMER = "renewal-fee-payments";
    private static final String FEE_PAID = EventTypes.nameOf(FeePaid.class);

    private final RenewalStepCommands steps;
    private final ObjectMapper json;

    PaymentEventsListener(RenewalStepCommands steps, ObjectMapper json) {
        this.steps = steps;
        this.json = json;
    }

    @Override
    public void accept(Message<byte[]> message) {
        IncomingEvent event = IncomingEvent.from(message);
        if (!FEE_PAID.equals(event.type())) {
            return;
        }
        FeePaid paid = event.as(FeePaid.class, json);
        steps.send(CONSUMER, event.eventId(), paid.renewalId(),
                new RecordFeePaymentCommand(paid.renewalId(), paid.amount(), paid.method(), paid.occurredAt()));
    }
}
