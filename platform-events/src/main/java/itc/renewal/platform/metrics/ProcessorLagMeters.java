package itc.renewal.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

import java.util.Collection;
import java.util.OptionalLong;

/**
 * {@code itc.events.processor.lag{processor}}: how many events of the store each streaming event processor has still
 * to handle (the store's head position minus the processor's slowest segment). For a relay to Kafka this is the
 * outbox backlog: the event store is the outbox. Read when scraped; NaN while the processor holds no segment here
 * (another instance holds them) or has not started. Registered once the application is ready, when Axon has built
 * its processors.
 */
public class ProcessorLagMeters {

    private final EventProcessingConfiguration processing;
    private final EventStore events;
    private final MeterRegistry registry;

    public ProcessorLagMeters(EventProcessingConfiguration processing, EventStore events, MeterRegistry registry) {
        this.processing = processing;
        this.events = events;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void register() {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder("itc.events.processor.lag", streaming, this::lag)
                        .description("events in the store the processor has still to handle")
                        .baseUnit("events").tag("processor", name).register(registry);
            }
        });
    }

    double lag(StreamingEventProcessor processor) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        if (segments.isEmpty()) {
            return Double.NaN;
        }
        long slowest = Long.MAX_VALUE;
        for (EventTrackerStatus segment : segments) {
            OptionalLong position = segment.getCurrentPosition();
            slowest = Math.min(slowest, position.orElse(-1));
        }
        TrackingToken head = events.createHeadToken();
        long headPosition = head == null ? -1 : head.position().orElse(-1);
        return Math.max(0, headPosition - slowest);
    }
}
