package itc.renewal.platform.messaging;

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

    private final InboundRouter router;
    private final Map<String, Route<?>> routes = new HashMap<>();

    InboundRoutes(InboundRouter router) {
        this.router = router;
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
            log.debug("{}: {} {} is not this service's business; skipped", router.consumer(), event.type(),
                    event.eventId());
            return;
        }
        if (!route.deliver(event, router)) {
            log.debug("{}: {} {} already processed", router.consumer(), event.type(), event.eventId());
        }
    }

    private record Route<T>(Class<T> contract, Consumer<? super T> effect) {

        private boolean deliver(IncomingEvent event, InboundRouter router) {
            return router.deliver(event, contract, effect);
        }
    }
}
