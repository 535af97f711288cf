package itc.renewal.platform.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.contracts.EventTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The routes of one listener: logical event type → contract record → effect. A Spring Cloud Stream consumer
 * bean ({@code <name>-in-0} binding). Built by {@link InboundRouter#route()}.
 */
public final class InboundRoutes implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(InboundRoutes.class);

    private final Inbox inbox;
    private final ObjectMapper json;
    private final String consumer;
    private final Map<String, Route<?>> routes = new HashMap<>();

    InboundRoutes(Inbox inbox, ObjectMapper json, String consumer) {
        this.inbox = inbox;
        this.json = json;
        this.consumer = consumer;
    }

    /** Runs {@code effect} once for every event of this contract; a contract may be routed once only. */
    public <T> InboundRoutes on(Class<T> contract, Consumer<? super T> effect) {
        String type = EventTypes.nameOf(contract);
        if (routes.putIfAbsent(type, new Route<>(contract, effect)) != null) {
            throw new IllegalStateException(type + " is routed twice");
        }
        return this;
    }

    @Override
    public void accept(Message<byte[]> message) {
        IncomingEvent event = IncomingEvent.from(message);
        Route<?> route = routes.get(event.type());
        if (route == null) {
            log.debug("{}: {} {} is not this service's business; skipped", consumer, event.type(), event.eventId());
            return;
        }
        if (!route.deliver(event)) {
            log.debug("{}: {} {} already processed", consumer, event.type(), event.eventId());
        }
    }

    private final class Route<T> {

        private final Class<T> contract;
        private final Consumer<? super T> effect;

        private Route(Class<T> contract, Consumer<? super T> effect) {
            this.contract = contract;
            this.effect = effect;
        }

        /** Reads the body first (an unreadable record fails before anything is written), then runs once. */
        private boolean deliver(IncomingEvent event) {
            T payload = event.as(contract, json);
            return inbox.processOnce(consumer, event.eventId(), () -> effect.accept(payload));
        }
    }
}
