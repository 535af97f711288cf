package itc.renewal.report.integration.outbound;

import itc.renewal.contracts.report.v1.ReportSubmitted;
import itc.renewal.platform.messaging.EventRelay;
import itc.renewal.platform.messaging.IntegrationEventPublisher;
import itc.renewal.report.submission.api.ActivityReportSubmittedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Relay from this service's event store (the outbox) to Kafka: each submitted report becomes a
 * {@link ReportSubmitted} on {@code itc.activity-report.events}, keyed by member id. The event id is
 * the stored event's id, so a republished event is recognised by consumers. The answers are left
 * behind on purpose (rule R3): they never leave this service.
 */
@Component
@ProcessingGroup("activity-report-events-publisher")
class ActivityReportEventsPublisher extends EventRelay {

    ActivityReportEventsPublisher(IntegrationEventPublisher publisher) {
        super(publisher, "activityReportEvents-out-0");
    }

    @EventHandler
    void on(ActivityReportSubmittedEvent event, @MessageIdentifier String messageId) {
        relay(messageId, event.submittedAt(), event.memberId(), new ReportSubmitted(UUID.fromString(messageId),
                event.submittedAt(), event.memberId(), event.renewalId(), event.fiscalYear(),
                event.questionnaireVersion()));
    }
}
