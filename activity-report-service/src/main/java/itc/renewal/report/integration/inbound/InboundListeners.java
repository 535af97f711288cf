package itc.renewal.report.integration.inbound;

import itc.renewal.contracts.renewal.v1.RenewalApplied;
import itc.renewal.contracts.renewal.v1.RenewalLapsed;
import itc.renewal.platform.messaging.InboundRouter;
import itc.renewal.report.submission.api.CloseActivityReportCommand;
import itc.renewal.report.submission.api.OpenActivityReportCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

/**
 * What activity-report-service takes from {@code itc.renewal.events}: a RenewalApplied opens the report of that
 * renewal (rule R1); a RenewalLapsed closes it (rules Q5, C3), whether or not it was opened yet.
 */
@Configuration(proxyBeanMethods = false)
class InboundListeners {

    @Bean
    Consumer<Message<byte[]>> renewalEventsListener(InboundRouter router, CommandGateway commands) {
        return router.route()
                .on(RenewalApplied.class, applied -> commands.sendAndWait(new OpenActivityReportCommand(
                        applied.renewalId(), applied.memberId(), applied.fiscalYear())))
                .on(RenewalLapsed.class, lapsed -> commands.sendAndWait(new CloseActivityReportCommand(
                        lapsed.renewalId(), lapsed.memberId(), lapsed.fiscalYear(), lapsed.occurredAt())));
    }
}
