package itc.renewal.platform.axon;

import io.micrometer.tracing.Span;
import itc.renewal.platform.provenance.Handling;
import itc.renewal.platform.provenance.Provenance;
import itc.renewal.platform.provenance.ProvenanceContext;
import itc.renewal.platform.tracing.Traces;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Axon's side of the provenance: a command or event dispatched outside any handling Axon knows of (a web request, a
 * Kafka record, a scheduled job) gets the current thread's {@link Handling} (or, with none, this service as actor
 * and a journey of its own); an event handled by a processor is the current {@link Handling} while it is handled,
 * so the records a relay publishes carry the stored event's provenance. Every message also carries the trace it
 * was made in ({@value Traces#TRACEPARENT}).
 */
public final class ProvenanceInterceptors {

    /** Axon's default correlation data before this platform kept provenance. */
    private static final String LEGACY_TRACE_ID = "traceId";

    private ProvenanceInterceptors() {
    }

    /** Adds what a dispatched message lacks; never overrides what Axon's correlation data put there. */
    static <T extends Message<?>> MessageDispatchInterceptor<T> dispatch(String service) {
        String system = Provenance.system(service);
        return new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, T, T> handle(List<? extends T> messages) {
                return (index, message) -> {
                    MetaData metaData = message.getMetaData();
                    Map<String, Object> added = new HashMap<>();
                    Traces.current().ifPresent(traceparent -> added.put(Traces.TRACEPARENT, traceparent));
                    if (!metaData.containsKey(Provenance.ACTOR)) {
                        Provenance provenance = ProvenanceContext.current().map(Handling::forEffects)
                                .orElseGet(() -> new Provenance(system, message.getIdentifier(), null));
                        added.put(Provenance.ACTOR, provenance.actor());
                        added.put(Provenance.CORRELATION_ID, provenance.correlationId());
                        if (provenance.causationId() != null) {
                            added.put(Provenance.CAUSATION_ID, provenance.causationId());
                        }
                    }
                    added.keySet().removeAll(metaData.keySet());
                    if (added.isEmpty()) {
                        return message;
                    }
                    @SuppressWarnings("unchecked")
                    T withProvenance = (T) message.andMetaData(added);
                    return withProvenance;
                };
            }
        };
    }

    /** An event as the current handling: its own provenance, its effects acting as {@code actingAs}. */
    public static Handling handlingOf(EventMessage<?> event, String actingAs) {
        return new Handling(event.getIdentifier(), provenanceOf(event.getMetaData()), actingAs);
    }

    /**
     * The provenance stored with a message. Events stored before provenance was kept carry Axon's former metadata:
     * {@code traceId} (the journey's first message) and {@code correlationId} (the parent message); they read as
     * journey and cause, without an actor.
     */
    public static Provenance provenanceOf(MetaData metaData) {
        String actor = ProvenanceCorrelation.textOr(metaData.get(Provenance.ACTOR), null);
        String legacyTrace = ProvenanceCorrelation.textOr(metaData.get(LEGACY_TRACE_ID), null);
        if (actor == null && legacyTrace != null) {
            return new Provenance(null, legacyTrace,
                    ProvenanceCorrelation.textOr(metaData.get(Provenance.CORRELATION_ID), null));
        }
        return new Provenance(actor,
                ProvenanceCorrelation.textOr(metaData.get(Provenance.CORRELATION_ID), null),
                ProvenanceCorrelation.textOr(metaData.get(Provenance.CAUSATION_ID), null));
    }

    /**
     * The handled event is the current handling; what it causes acts as this service. An event recorded in a trace
     * is handled in a span of that trace (its relay's record, the commands a saga sends, follow it).
     */
    static MessageHandlerInterceptor<EventMessage<?>> handling(String service) {
        String system = Provenance.system(service);
        return (UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) -> {
            EventMessage<?> event = unitOfWork.getMessage();
            try (ProvenanceContext.Scope ignored = ProvenanceContext.open(handlingOf(event, system))) {
                Object traceparent = event.getMetaData().get(Traces.TRACEPARENT);
                if (!(traceparent instanceof String parent)) {
                    return chain.proceed();
                }
                return Traces.inSpan("handle " + event.getPayloadType().getSimpleName(), Span.Kind.CONSUMER, parent,
                        span -> chain.proceed());
            }
        };
    }
}
