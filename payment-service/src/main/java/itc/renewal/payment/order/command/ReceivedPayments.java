package itc.renewal.payment.order.command;

import itc.renewal.payment.order.api.PaymentMethod;
import itc.renewal.payment.order.api.ReceivedPayment;
import itc.renewal.payment.order.api.ReceivedPaymentOutcome;
import itc.renewal.payment.order.api.RecordReceivedPaymentCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Service;

import java.util.Optional;

/**
 * Records money that arrived for an order outside the card provider (rules F3, Q5): a reconciled bank transfer or
 * a store network's notification. Empty when there is no such order (nothing recorded; the caller lists it).
 */
@Service
public class ReceivedPayments {

    private final CommandGateway commands;

    ReceivedPayments(CommandGateway commands) {
        this.commands = commands;
    }

    public Optional<ReceivedPaymentOutcome> record(String renewalId, PaymentMethod method, ReceivedPayment payment,
                                                   String slipNumber) {
        try {
            return Optional.of(commands.sendAndWait(new RecordReceivedPaymentCommand(renewalId, method, payment,
                    slipNumber)));
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }
}
