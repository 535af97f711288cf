package itc.renewal.payment.order.command;

import itc.renewal.payment.order.api.AbandonCardChargeCommand;
import itc.renewal.payment.order.api.PendingCardCharge;
import itc.renewal.payment.order.api.RecordCardDeclineCommand;
import itc.renewal.payment.order.api.RecordCardPaymentCommand;
import itc.renewal.payment.provider.CardPaymentProvider;
import itc.renewal.payment.provider.ChargeResult;
import itc.renewal.platform.clock.BusinessClock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Settles a charge whose request died between the provider and the order (rule F2): before a new
 * key may charge, the provider is asked what became of the old key, and that outcome is recorded.
 * An approved old charge pays the order (the new attempt is then told it is paid, and charges
 * nothing); a declined one is recorded as such; a key the provider never saw is abandoned.
 */
class StaleChargeRecovery {

    private static final Logger log = LoggerFactory.getLogger(StaleChargeRecovery.class);

    private final CommandGateway commands;
    private final CardPaymentProvider provider;
    private final BusinessClock clock;

    StaleChargeRecovery(CommandGateway commands, CardPaymentProvider provider, BusinessClock clock) {
        this.commands = commands;
        this.provider = provider;
        this.clock = clock;
    }

    void resolve(String memberId, String renewalId, PendingCardCharge stale) {
        String key = stale.idempotencyKey();
        Optional<ChargeResult> outcome = provider.resultFor(CardCheckout.providerKey(renewalId, key));
        log.warn("order {}: charge {} started {} has no result; the provider says {}", renewalId, key,
                stale.startedAt(), outcome.map(Object::toString).orElse("it never saw it"));
        if (outcome.isEmpty()) {
            commands.sendAndWait(new AbandonCardChargeCommand(renewalId, memberId, key, clock.instant()));
        } else if (outcome.get() instanceof ChargeResult.Approved approved) {
            commands.sendAndWait(new RecordCardPaymentCommand(renewalId, memberId, key, approved.reference(),
                    stale.cardLast4(), clock.instant()));
        } else if (outcome.get() instanceof ChargeResult.Declined declined) {
            commands.sendAndWait(new RecordCardDeclineCommand(renewalId, memberId, key, declined.reason(),
                    stale.cardLast4()));
        }
    }
}
