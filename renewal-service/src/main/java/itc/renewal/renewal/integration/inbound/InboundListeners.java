package itc.renewal.renewal.integration.inbound;

import itc.renewal.contracts.payment.v1.FeePaid;
import itc.renewal.contracts.points.v1.PointsEntryCorrected;
import itc.renewal.contracts.points.v1.PointsEntryWithdrawn;
import itc.renewal.contracts.points.v1.PointsRegistered;
import itc.renewal.contracts.report.v1.ReportSubmitted;
import itc.renewal.platform.messaging.InboundRouter;
import itc.renewal.renewal.eligibility.domain.CountedPoints;
import itc.renewal.renewal.eligibility.domain.CountedPointsReported;
import itc.renewal.renewal.procedure.api.RecordFeePaymentCommand;
import itc.renewal.renewal.procedure.api.RecordReportSubmissionCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.List;
import java.util.function.Consumer;

/**
 * What renewal-service takes from the other services' topics. A fact about a renewal this service does not know
 * fails the command (AggregateNotFoundException) and is parked on the dead-letter topic with that reason.
 */
@Configuration(proxyBeanMethods = false)
class InboundListeners {

    /**
     * Keeps the counted points per member and FY (rule Q3) current: registrations, and corrections and
     * withdrawals (P3), which may lower a total.
     */
    @Bean
    Consumer<Message<byte[]>> pointsEventsListener(InboundRouter router, CountedPoints countedPoints) {
        Consumer<List<CountedPointsReported>> record = reports -> reports.forEach(countedPoints::record);
        return router.route()
                .on(PointsRegistered.class, registered -> record.accept(PointsTotalReports.of(registered)))
                .on(PointsEntryCorrected.class, corrected -> record.accept(PointsTotalReports.of(corrected)))
                .on(PointsEntryWithdrawn.class, withdrawn -> record.accept(PointsTotalReports.of(withdrawn)));
    }

    /** FeePaid from payment-service: the renewal records the payment (C1). */
    @Bean
    Consumer<Message<byte[]>> paymentEventsListener(InboundRouter router, CommandGateway commands) {
        return router.route().on(FeePaid.class, paid -> commands.sendAndWait(
                new RecordFeePaymentCommand(paid.renewalId(), paid.amount(), paid.method(), paid.occurredAt())));
    }

    /** ReportSubmitted from activity-report-service: the renewal records the report (C1). */
    @Bean
    Consumer<Message<byte[]>> reportEventsListener(InboundRouter router, CommandGateway commands) {
        return router.route().on(ReportSubmitted.class, submitted -> commands.sendAndWait(
                new RecordReportSubmissionCommand(submitted.renewalId(), submitted.questionnaireVersion(),
                        submitted.occurredAt())));
    }
}
