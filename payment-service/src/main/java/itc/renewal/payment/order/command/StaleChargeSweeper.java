package itc.renewal.payment.order.command;

import itc.renewal.payment.order.api.CardChargeAbandonedEvent;
import itc.renewal.payment.order.api.CardChargeStartedEvent;
import itc.renewal.payment.order.api.CardPaymentDeclinedEvent;
import itc.renewal.payment.order.api.CardPaymentSucceededAfterLapseEvent;
import itc.renewal.payment.order.api.CardPaymentSucceededEvent;
import itc.renewal.payment.order.api.PendingCardCharge;
import itc.renewal.payment.provider.CardPaymentProvider;
import itc.renewal.platform.clock.BusinessClock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;

/**
 * Learns the outcome of card charges whose answer was lost (rule F2), even when the member never tries again: it
 * keeps the charges started without a recorded result, and every 30 s asks the provider about those older than
 * {@link CardCharges#CHARGE_RESULT_TIMEOUT} and records what it says (approved, declined, or never seen). The list
 * is rebuilt from the events like any projection; the order decides, so a result recorded meanwhile wins.
 */
@Component
@ProcessingGroup("card-charge-watch")
class StaleChargeSweeper {

    private static final Logger log = LoggerFactory.getLogger(StaleChargeSweeper.class);

    private final JdbcTemplate jdbc;
    private final StaleChargeRecovery recovery;
    private final BusinessClock clock;

    StaleChargeSweeper(JdbcTemplate jdbc, CommandGateway commands, CardPaymentProvider provider, BusinessClock clock) {
        this.jdbc = jdbc;
        this.recovery = new StaleChargeRecovery(commands, provider, clock);
        this.clock = clock;
    }

    @EventHandler
    void on(CardChargeStartedEvent event) {
        jdbc.update("insert into pending_card_charges (renewal_id, idempotency_key, card_last4, started_at) "
                        + "values (?, ?, ?, ?) on conflict do nothing", event.renewalId(), event.idempotencyKey(),
                event.cardLast4(), Timestamp.from(event.startedAt()));
    }

    @EventHandler
    void on(CardPaymentSucceededEvent event) {
        settled(event.renewalId());
    }

    @EventHandler
    void on(CardPaymentSucceededAfterLapseEvent event) {
        settled(event.renewalId());
    }

    @EventHandler
    void on(CardPaymentDeclinedEvent event) {
        jdbc.update("delete from pending_card_charges where renewal_id = ? and idempotency_key = ?",
                event.renewalId(), event.idempotencyKey());
    }

    @EventHandler
    void on(CardChargeAbandonedEvent event) {
        jdbc.update("delete from pending_card_charges where renewal_id = ? and idempotency_key = ?",
                event.renewalId(), event.idempotencyKey());
    }

    private void settled(String renewalId) {
        jdbc.update("delete from pending_card_charges where renewal_id = ?", renewalId);
    }

    @Scheduled(fixedDelayString = "${payment.stale-charge-sweep:PT30S}", initialDelayString = "PT10S")
    void sweep() {
        Timestamp staleBefore = Timestamp.from(clock.instant().minus(CardCharges.CHARGE_RESULT_TIMEOUT));
        List<StaleCharge> stale = jdbc.query("select * from pending_card_charges where started_at <= ? "
                        + "order by started_at limit 100", (row, n) -> new StaleCharge(row.getString("renewal_id"),
                        new PendingCardCharge(row.getString("idempotency_key"), row.getString("card_last4"),
                                row.getTimestamp("started_at").toInstant())), staleBefore);
        for (StaleCharge charge : stale) {
            try {
                recovery.resolve(memberOf(charge.renewalId()), charge.renewalId(), charge.charge());
            } catch (RuntimeException e) {
                log.warn("stale charge {} of order {} not settled yet, tried again later: {}",
                        charge.charge().idempotencyKey(), charge.renewalId(), e.toString());
            }
        }
    }

    private record StaleCharge(String renewalId, PendingCardCharge charge) {
    }

    /** A renewal id is {@code <fiscal year>-<member id>}. */
    static String memberOf(String renewalId) {
        return renewalId.substring(renewalId.indexOf('-') + 1);
    }
}
