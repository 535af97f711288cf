package itc.renewal.renewal.integration.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.EventTypes;
import itc.renewal.contracts.report.v1.ReportSubmitted;
import itc.renewal.platform.messaging.IncomingEvent;
import itc.renewal.renewal.renewal.api.RecordReportSubmissionCommand;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

import java.util.function.Consumer;

/** ReportSubmitted from activity-report-service → the renewal records the report (C1). */
@Component("reportEventsListener")
class ReportEventsListener implements Consumer<Message<byte[]>> {

    static final String CONSUMER = "renewal-activity-reports";
    private static final String REPORT_SUBMITTED = EventTypes.nameOf(ReportSubmitted.class);

    private final RenewalStepCommands steps;
    private final ObjectMapper json;

    ReportEventsListener(RenewalStepCommands steps, ObjectMapper json) {
        this.steps = steps;
        this.json = json;
    }

    @Override
    public void accept(Message<byte[]> message) {
        IncomingEvent event = IncomingEvent.from(message);
        if (!REPORT_SUBMITTED.equals(event.type())) {
            return;
        }
        ReportSubmitted submitted = event.as(ReportSubmitted.class, json);
        steps.send(CONSUMER, event.eventId(), submitted.renewalId(), new RecordReportSubmissionCommand(
                submitted.renewalId(), submitted.questionnaireVersion(), submitted.occurredAt()));
    }
}
