package itc.renewal.platform.replay;

import itc.renewal.platform.axon.ProvenanceInterceptors;
import itc.renewal.platform.messaging.EventRelay;
import itc.renewal.platform.messaging.RelayCapture;
import itc.renewal.platform.provenance.ProvenanceContext;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.core.env.Environment;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A service's event store read as the records its relays publish: each stored event in store order with what the
 * service's own relays make of it (same id, key, contract and provenance as when it was published), nothing sent.
 * What republishing sends and what the completeness check expects on the topics.
 */
public class StoredRecords {

    /** Sees each stored event's position and records; answers false to stop reading. */
    @FunctionalInterface
    public interface Visitor {
        boolean visit(long position, List<RelayCapture.Captured> records);
    }

    private final EventStorageEngine storage;
    private final List<AnnotationEventHandlerAdapter> relays;
    private final Environment environment;
    private final String service;
    private final Map<String, String> topics = new ConcurrentHashMap<>();

    public StoredRecords(EventStorageEngine storage, List<EventRelay> relays, Environment environment, String service) {
        this.storage = storage;
        this.relays = relays.stream().map(AnnotationEventHandlerAdapter::new).toList();
        this.environment = environment;
        this.service = service;
    }

    /** The position the next stored event will have: a valid {@code fromPosition} is below it. */
    public long head() {
        TrackingToken head = storage.createHeadToken();
        return head == null ? 0 : head.position().orElse(-1) + 1;
    }

    /** Reads from {@code fromPosition} (null or 0: the beginning) to the end, or until the visitor says stop. */
    public void walk(Long fromPosition, Visitor visitor) {
        TrackingToken from = fromPosition == null || fromPosition == 0 ? null
                : GapAwareTrackingToken.newInstance(fromPosition - 1, Set.of());
        try (Stream<? extends TrackedEventMessage<?>> stored = storage.readEvents(from, false)) {
            Iterator<? extends TrackedEventMessage<?>> inOrder = stored.iterator();
            while (inOrder.hasNext()) {
                TrackedEventMessage<?> event = inOrder.next();
                if (!visitor.visit(event.trackingToken().position().orElse(-1), relayed(event))) {
                    return;
                }
            }
        }
    }

    /** The topic a relay's binding publishes to. */
    public String topicOf(String binding) {
        return topics.computeIfAbsent(binding, name -> {
            String destination = environment.getProperty("spring.cloud.stream.bindings." + name + ".destination");
            if (destination == null) {
                throw new IllegalStateException("binding " + name + " has no destination");
            }
            return destination;
        });
    }

    /** The service whose store this is. */
    public String service() {
        return service;
    }

    private List<RelayCapture.Captured> relayed(EventMessage<?> event) {
        try (ProvenanceContext.Scope ignored = ProvenanceContext.open(
                ProvenanceInterceptors.handlingOf(event, "system:" + service))) {
            return RelayCapture.during(() -> {
                for (AnnotationEventHandlerAdapter relay : relays) {
                    if (relay.canHandle(event)) {
                        try {
                            relay.handle(event);
                        } catch (Exception e) {
                            throw new IllegalStateException("relaying " + event.getIdentifier() + " failed", e);
                        }
                    }
                }
            });
        }
    }
}
