package itc.renewal.payment.order.command;

import itc.renewal.payment.order.api.CardPaymentTerms;
import itc.renewal.payment.order.api.CardReceipt;
import itc.renewal.payment.order.api.PaymentMethod;
import itc.renewal.payment.order.api.PaymentOrderView;
import itc.renewal.payment.order.api.RecordCardDeclineCommand;
import itc.renewal.payment.order.api.RecordCardPaymentCommand;
import itc.renewal.payment.order.api.StartCardChargeCommand;
import itc.renewal.payment.provider.CardNumber;
import itc.renewal.payment.provider.CardPaymentProvider;
import itc.renewal.payment.provider.ChargeResult;
import itc.renewal.payment.provider.ProviderTimeout;
import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.problem.Rejection;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Pays an order by card (rules F1, F2) in three steps, none holding a database transaction while
 * the provider works: start the charge on the order (which refuses while a charge under another
 * key is pending, so two tabs never both charge), charge the provider, record the outcome. Every
 * step is idempotent by the member's idempotency key, so a retried request (lost response, double
 * click) charges once and answers the same.
 */
@Service
public class CardCheckout {

    private static final Logger log = LoggerFactory.getLogger(CardCheckout.class);

    private final CommandGateway commands;
    private final CardPaymentProvider provider;
    private final StaleChargeRecovery recovery;
    private final BusinessClock clock;

    CardCheckout(CommandGateway commands, CardPaymentProvider provider, BusinessClock clock) {
        this.commands = commands;
        this.provider = provider;
        this.recovery = new StaleChargeRecovery(commands, provider, clock);
        this.clock = clock;
    }

    /**
     * Answers the paid order; throws a 402 rejection when the card is declined, a 409 once the renewal
     * lapsed (rule Q5). A charge that started before the lapse and was approved after it answers
     * {@code PAID_AFTER_LAPSE}: the money moved, and it is to be refunded.
     */
    public PaymentOrderView pay(String memberId, String renewalId, String cardNumber, String idempotencyKey) {
        CardNumber card = CardNumber.parse(cardNumber);
        CardPaymentTerms terms = start(memberId, renewalId, card, idempotencyKey);
        if (terms.staleCharge() != null) {
            recovery.resolve(memberId, renewalId, terms.staleCharge());
            terms = start(memberId, renewalId, card, idempotencyKey);
            if (terms.staleCharge() != null) {
                throw PaymentRejections.chargeInProgress();
            }
        }
        if (terms.receipt() != null) {
            return paid(terms, terms.receipt());
        }
        ChargeResult result;
        try {
            result = provider.charge(providerKey(renewalId, idempotencyKey), card, terms.amount(), terms.currency());
        } catch (ProviderTimeout e) {
            // the charge stays pending: the same key asked again gets the provider's result, and the sweeper
            // (StaleChargeSweeper) asks the provider once the charge is stale, so the outcome is learned either way
            log.warn("card provider did not answer for order {} (key {}): outcome to be learned later", renewalId,
                    idempotencyKey);
            throw PaymentRejections.chargeOutcomePending();
        }
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
            // the order keeps the charge pending: a retry with the same key records it (the provider
            // answers the first result again), and so does the first request under another key once
            // the charge is stale (StaleChargeRecovery). Only a charge that outlived its timeout at the
            // provider can meet an order paid meanwhile: that one must be refunded by hand.
            log.error("charge {} for order {} approved but not recorded{}", reference, renewalId,
                    e instanceof Rejection ? " (order already paid: refund it)" : " yet", e);
            throw e;
        }
    }

    /** Scoped by order: a client reusing a key for another order must not get that order's result. */
    static String providerKey(String renewalId, String idempotencyKey) {
        return renewalId + "/" + idempotencyKey;
    }

    private CardPaymentTerms start(String memberId, String renewalId, CardNumber card, String idempotencyKey) {
        try {
            return send(new StartCardChargeCommand(renewalId, memberId, idempotencyKey, card.last4(),
                    clock.instant()));
        } catch (ConcurrencyException e) {
            // another instance changed the order at the same moment: it may be starting a charge
            throw PaymentRejections.chargeInProgress();
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
                terms.currency(), receipt.status(), PaymentMethod.CARD, receipt.paidAt(), List.of(), null, null, null);
    }
}
