package itc.renewal.points.integration.inbound;

import itc.renewal.contracts.holders.v1.HolderContactChanged;
import itc.renewal.contracts.holders.v1.HolderRegistered;
import itc.renewal.contracts.renewal.v1.RenewalApplied;
import itc.renewal.platform.messaging.InboundRouter;
import itc.renewal.points.certification.Certifications;
import itc.renewal.points.ledger.api.LockFiscalYearCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.time.YearMonth;
import java.util.function.Consumer;

/**
 * What points-service takes from other services' topics.
 * <p>
 * {@code renewalEventsListener} on {@code itc.renewal.events} (rule P4): once the renewal of FY M was applied, the
 * member's points of FY M−1, on which it was granted (Q3), are locked; the ledger ignores a year locked already.
 * An idempotent backstop: renewal-service locks the year synchronously (POST /internal/points/{memberId}/
 * fiscal-year-locks) before it records the application, so this normally finds the year locked. It stays so that
 * every application still locks its year even if it was recorded without that call: applications from before the
 * call existed (the topic is read from the earliest offset) or from an instance of renewal-service not yet
 * upgraded during a rolling deployment.
 * <p>
 * {@code holderEventsListener} on the compacted {@code itc.holders} (rule P6): the month each holder was first
 * certified, so the ledger refuses points dated before it. Only 認定年月 is kept; names and addresses are not read.
 * A record from before the field existed (v1.0) carries none and changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class InboundListeners {

    @Bean
    Consumer<Message<byte[]>> renewalEventsListener(InboundRouter router, CommandGateway commands) {
        return router.route()
                .on(RenewalApplied.class, applied -> commands.sendAndWait(lock(applied)));
    }

    @Bean
    Consumer<Message<byte[]>> holderEventsListener(InboundRouter router, Certifications certifications) {
        return router.route()
                .on(HolderRegistered.class, holder -> record(certifications, holder.memberId(), holder.certifiedIn()))
                .on(HolderContactChanged.class,
                        holder -> record(certifications, holder.memberId(), holder.certifiedIn()));
    }

    static void record(Certifications certifications, String memberId, String certifiedIn) {
        if (certifiedIn != null) {
            certifications.record(memberId, YearMonth.parse(certifiedIn));
        }
    }

    static LockFiscalYearCommand lock(RenewalApplied applied) {
        return new LockFiscalYearCommand(applied.memberId(), applied.fiscalYear() - 1, applied.fiscalYear());
    }
}
