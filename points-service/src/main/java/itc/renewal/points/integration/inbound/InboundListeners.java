package itc.renewal.points.integration.inbound;

import itc.renewal.contracts.renewal.v1.RenewalApplied;
import itc.renewal.platform.messaging.InboundRouter;
import itc.renewal.points.ledger.api.LockFiscalYearCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

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
 */
@Configuration(proxyBeanMethods = false)
class InboundListeners {

    @Bean
    Consumer<Message<byte[]>> renewalEventsListener(InboundRouter router, CommandGateway commands) {
        return router.route()
                .on(RenewalApplied.class, applied -> commands.sendAndWait(lock(applied)));
    }

    static LockFiscalYearCommand lock(RenewalApplied applied) {
        return new LockFiscalYearCommand(applied.memberId(), applied.fiscalYear() - 1, applied.fiscalYear());
    }
}
