package itc.renewal.payment.order.command;

import itc.renewal.payment.order.api.CardPaymentTerms;
import itc.renewal.payment.order.api.CardReceipt;
import itc.renewal.payment.order.api.PaymentMethod;
import itc.renewal.payment.order.api.PaymentOrderView;
import itc.renewal.payment.order.api.PaymentStatus;
import itc.renewal.payment.order.api.PrepareCardPaymentCommand;
import itc.renewal.payment.order.api.RecordCardDeclineCommand;
import itc.renewal.payment.order.api.RecordCardPaymentCommand;
import itc.renewal.payment.provider.CardNumber;
import itc.renewal.payment.provider.CardPaymentProvider;
import itc.renewal.payment.provider.ChargeResult;
import itc.renewal.platform.clock.BusinessClock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Pays an order by card (rules F1, F2) in three steps, none holding a database transaction while
 * the provider works: ask the order whether it may be paid, charge the provider, record the
 * outcome. Every step is idempotent by the member's idempotency key, so a retried request (lost
 * response, double click) charges once and answers the same.
 */
@Service
public class CardCheckout {

    private static final Logger log = LoggerFactory.getLogger(CardCheckout.class);

    private final CommandGateway commands;
    private final CardPaymentProvider provider;
    private final BusinessClock clock;

    CardCheckout(CommandGateway commands, CardPaymentProvider provider, BusinessClock clock) {
        this.commands = commands;
        this.provider = provider;
        this.clock = clock;
    }

    /** Answers the paid order; throws a 402 rejection when the card is declined. */
    public PaymentOrderView pay(String memberId, String renewalId, String cardNumber, String idempotencyKey) {
        CardNumber card = CardNumber.parse(cardNumber);
        CardPaymentTerms terms = send(new PrepareCardPaymentCommand(renewalId, memberId, idempotencyKey));
        if (terms.receipt() != null) {
            return paid(terms, terms.receipt());
        }
        // scoped by order: a client reusing a key for another order must not get that order's result
        String providerKey = renewalId + "/" + idempotencyKey;
        ChargeResult result = provider.charge(providerKey, card, terms.amount(), terms.currency());
        if (result instanceof ChargeResult.Declined declined) {
            commands.sendAndWait(new RecordCardDeclineCommand(renewalId, memberId, idempotencyKey,
                    declined.reason(), card.last4()));
            throw PaymentRejections.cardDeclined();
        }
        String reference = ((ChargeResult.Approved) result).reference();
        try {
            CardReceipt receipt = send(new RecordCardPaymentCommand(renewalId, memberId, idempotencyKey,
                    reference, card.last4(), clock.instant()));
            return paid(terms, receipt);
        } catch (RuntimeException e) {
            // money moved but nothing was recorded: a retry with the same key records it (the provider
            // answers the first result again); after a race with another payment it must be refunded
            log.error("charge {} for order {} approved but not recorded", reference, renewalId, e);
            throw e;
        }
    }

    private <R> R send(Object command) {
        try {
            return commands.sendAndWait(command);
        } catch (AggregateNotFoundException e) {
            throw PaymentRejections.orderNotFound();
        }
    }

    private static PaymentOrderView paid(CardPaymentTerms terms, CardReceipt receipt) {
        return new PaymentOrderView(terms.renewalId(), terms.renewalId(), terms.fiscalYear(), terms.amount(),
                terms.currency(), PaymentStatus.PAID, PaymentMethod.CARD, receipt.paidAt());
    }
}
