package itc.renewal.renewal.integration.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.EventTypes;
import itc.renewal.contracts.points.v1.PointsEntryCorrected;
import itc.renewal.contracts.points.v1.PointsEntryWithdrawn;
import itc.renewal.contracts.points.v1.PointsRegistered;
import itc.renewal.platform.messaging.Inbox;
import itc.renewal.platform.messaging.IncomingEvent;
import itc.renewal.renewal.eligibility.api.CountedPoints;
import itc.renewal.renewal.eligibility.api.CountedPointsReported;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Consumer;

/**
 * Keeps the counted points per member and FY (rule Q3) current from points-service's events: registrations,
 * and corrections and withdrawals (P3), which may lower a total. Other event types are ignored.
 */
@Component("pointsEventsListener")
class PointsEventsListener implements Consumer<Message<byte[]>> {

    static final String CONSUMER = "renewal-eligibility";
    private static final String POINTS_REGISTERED = EventTypes.nameOf(PointsRegistered.class);
    private static final String ENTRY_CORRECTED = EventTypes.nameOf(PointsEntryCorrected.class);
    private static final String ENTRY_WITHDRAWN = EventTypes.nameOf(PointsEntryWithdrawn.class);

    private final Inbox inbox;
    private final CountedPoints countedPoints;
    private final ObjectMapper json;

    PointsEventsListener(Inbox inbox, CountedPoints countedPoints, ObjectMapper json) {
        this.inbox = inbox;
        this.countedPoints = countedPoints;
        this.json = json;
    }

    @Override
    public void accept(Message<byte[]> message) {
        IncomingEvent event = IncomingEvent.from(message);
        List<CountedPointsReported> reports = reports(event);
        if (!reports.isEmpty()) {
            inbox.processOnce(CONSUMER, event.eventId(), () -> reports.forEach(countedPoints::record));
        }
    }

    private List<CountedPointsReported> reports(IncomingEvent event) {
        if (POINTS_REGISTERED.equals(event.type())) {
            return PointsTotalReports.of(event.as(PointsRegistered.class, json));
        }
        if (ENTRY_CORRECTED.equals(event.type())) {
            return PointsTotalReports.of(event.as(PointsEntryCorrected.class, json));
        }
        if (ENTRY_WITHDRAWN.equals(event.type())) {
            return PointsTotalReports.of(event.as(PointsEntryWithdrawn.class, json));
        }
        return List.of();
    }
}
