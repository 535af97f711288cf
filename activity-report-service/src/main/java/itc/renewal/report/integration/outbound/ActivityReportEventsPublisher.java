package itc.renewal.report.integration.outbound;

import itc.renewal.contracts.EventTypes;
import itc.renewal.contracts.report.v1.ReportSubmitted;
import itc.renewal.platform.messaging.IntegrationEventPublisher;
import itc.renewal.report.submission.api.ActivityReportSubmittedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
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
class ActivityReportEventsPublisher {

    static final String BINDING = "activityReportEvents-out-0";

    private final IntegrationEventPublisher publisher;

    ActivityReportEventsPublisher(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(ActivityReportSubmittedEvent event, EventMessage<?> message) {
        UUID eventId = UUID.fromString(message.getIdentifier());
        ReportSubmitted contract = new ReportSubmitted(eventId, event.submittedAt(), event.memberId(),
                event.renewalId(), event.fiscalYear(), event.questionnaireVersion());
        publisher.publish(BINDING, EventTypes.nameOf(ReportSubmitted.class), eventId, event.submittedAt(),
                event.memberId(), contract);
    }
}
