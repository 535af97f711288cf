package itc.renewal.payment.integration.inbound;

import itc.renewal.contracts.renewal.v1.RenewalApplied;
import itc.renewal.contracts.renewal.v1.RenewalLapsed;
import itc.renewal.payment.order.api.ClosePaymentOrderCommand;
import itc.renewal.payment.order.api.OpenPaymentOrderCommand;
import itc.renewal.payment.order.domain.RenewalFee;
import itc.renewal.platform.messaging.InboundRouter;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * What payment-service takes from {@code itc.renewal.events}: a renewal applied with a fee to pay opens its payment
 * order (Q4: a waived first renewal has nothing to pay); a lapse closes it (Q5, C3), sent for every lapse since the
 * order may not be opened yet and the lapse must be remembered.
 */
@Configuration(proxyBeanMethods = false)
class InboundListeners {

    @Bean
    Consumer<Message<byte[]>> renewalEventsListener(InboundRouter router, CommandGateway commands) {
        return router.route()
                .on(RenewalApplied.class, applied -> {
                    RenewalFee fee = new RenewalFee(applied.feeAmount(), applied.currency(), applied.feeWaived());
                    if (fee.payable()) {
                        commands.sendAndWait(new OpenPaymentOrderCommand(applied.renewalId(), applied.memberId(),
                                applied.fiscalYear(), fee.amount(), fee.currency(), applied.windowClosesAt()));
                    }
                })
                .on(RenewalLapsed.class, lapsed -> commands.sendAndWait(new ClosePaymentOrderCommand(
                        lapsed.renewalId(), lapsed.memberId(), lapsed.fiscalYear(), lapsed.occurredAt())));
    }
}
