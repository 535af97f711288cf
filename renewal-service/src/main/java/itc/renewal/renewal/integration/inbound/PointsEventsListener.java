package itc.renewal.renewal.integration.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.EventTypes;
import itc.renewal.contracts.points.v1.PointsRegistered;
import itc.renewal.platform.messaging.Inbox;
import itc.renewal.platform.messaging.IncomingEvent;
import itc.renewal.renewal.eligibility.api.CountedPoints;
import itc.renewal.renewal.eligibility.api.CountedPointsReported;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

import java.util.function.Consumer;

/** Keeps the counted points per member and FY (rule Q3) current from points-service's events. */
@Component("pointsEventsListener")
class PointsEventsListener implements Consumer<Message<byte[]>> {

    static final String CONSUMER = "renewal-eligibility";
    private static final String POINTS_REGISTERED = EventTypes.nameOf(PointsRegistered.class);

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
        if (!POINTS_REGISTERED.equals(event.type())) {
            return;
        }
        PointsRegistered registered = event.as(PointsRegistered.class, json);
        inbox.processOnce(CONSUMER, event.eventId(), () -> countedPoints.record(new CountedPointsReported(
                registered.memberId(), registered.fiscalYear(), registered.fiscalYearCountedTotal(),
                registered.occurredAt(), registered.ledgerSequence())));
    }
}
