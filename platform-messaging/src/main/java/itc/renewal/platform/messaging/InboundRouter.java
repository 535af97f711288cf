package itc.renewal.platform.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.tracing.Span;
import itc.renewal.platform.provenance.Handling;
import itc.renewal.platform.provenance.Provenance;
import itc.renewal.platform.provenance.ProvenanceContext;
import itc.renewal.platform.tracing.Traces;

import java.util.function.Consumer;

/**
 * The one way a service consumes integration events. A listener names the contract records it handles and
 * what each one does; the router reads the CloudEvents headers, skips types the listener did not name, reads
 * the body into the record and runs the effect through the {@link Inbox} under the service's single consumer
 * name (its application name), so a redelivered event does nothing: effectively once.
 * <pre>
 * &#64;Bean
 * Consumer&lt;Message&lt;byte[]&gt;&gt; renewalEventsListener(InboundRouter router, CommandGateway commands) {
 *     return router.route()
 *             .on(RenewalApplied.class, applied -&gt; commands.sendAndWait(open(applied)))
 *             .on(RenewalLapsed.class, lapsed -&gt; commands.sendAndWait(close(lapsed)));
 * }
 * </pre>
 * While the effect runs, the event is the current {@link Handling}: what it causes is recorded as caused by this
 * event, in its journey, by this service, in a span of the trace the record was published in. Failures are not
 * handled here on purpose: an exception rolls the inbox row back and goes to the binder, which retries with back-off
 * and then parks the record, with the exception, on the dead-letter topic. A record that can never succeed
 * (unreadable body, a refused fact) is parked without retries.
 */
public class InboundRouter {

    private final Inbox inbox;
    private final ObjectMapper json;
    private final String consumer;

    public InboundRouter(Inbox inbox, ObjectMapper json, String consumer) {
        this.inbox = inbox;
        this.json = json;
        this.consumer = consumer;
    }

    /** A new, empty set of routes; add one {@link InboundRoutes#on} per handled contract. */
    public InboundRoutes route() {
        return new InboundRoutes(this);
    }

    /**
     * Reads the body first (an unreadable record fails before anything is written), then runs {@code effect} once
     * per event id; false when this service processed the event already.
     */
    <T> boolean deliver(IncomingEvent event, Class<T> contract, Consumer<? super T> effect) {
        T payload = event.as(contract, json);
        Handling handling = new Handling(event.eventId().toString(), event.provenance(), Provenance.system(consumer));
        try (ProvenanceContext.Scope ignored = ProvenanceContext.open(handling)) {
            return Traces.inSpan("process " + event.type(), Span.Kind.CONSUMER, event.traceparent(),
                    span -> inbox.processOnce(consumer, event.eventId(), () -> effect.accept(payload)));
        }
    }

    String consumer() {
        return consumer;
    }
}
