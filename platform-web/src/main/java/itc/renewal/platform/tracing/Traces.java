package itc.renewal.platform.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The OpenTelemetry trace a piece of work belongs to, carried where Spring's own instrumentation does not reach
 * (issue 11): Axon messages (metadata {@value #TRACEPARENT}), Kafka records (the CloudEvents distributed-tracing
 * extension, {@code ce_traceparent}), the services' calls of each other and the gateway's forwarded requests (the
 * W3C {@code traceparent} header). So everything that follows from one member's request — across the gateway, the
 * services, the event stores and Kafka — is one trace. Installed by {@link TracingConfiguration} with the
 * application's tracer; without one (a unit test) nothing is traced and nothing is carried.
 */
public final class Traces {

    /** The W3C Trace Context header and metadata key: {@code 00-<trace id>-<span id>-<flags>}. */
    public static final String TRACEPARENT = "traceparent";

    private static volatile Tracer tracer = Tracer.NOOP;
    private static volatile Propagator propagator = Propagator.NOOP;

    private Traces() {
    }

    static void install(Tracer applicationTracer, Propagator applicationPropagator) {
        tracer = applicationTracer;
        propagator = applicationPropagator;
    }

    /** The traceparent of the span current on this thread; empty when the thread works for no trace. */
    public static Optional<String> current() {
        Span span = tracer.currentSpan();
        return span == null ? Optional.empty() : Optional.ofNullable(traceparentOf(span));
    }

    /** Work done in a span; it may read the span (to pass its traceparent on). */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run(Opened span) throws E;
    }

    /**
     * Runs {@code work} in a new span, current while it runs and ended after it (marked failed if the work throws):
     * a child of {@code parent} (a traceparent received with a message), or — when that is absent or unreadable — of
     * the current span, or the first span of a new trace.
     */
    public static <T, E extends Exception> T inSpan(String name, Span.Kind kind, String parent, Work<T, E> work)
            throws E {
        Span.Builder builder = parent == null || parent.isBlank() ? tracer.spanBuilder()
                : propagator.extract(Map.of(TRACEPARENT, parent), Map::get);
        Span span = builder.name(name).kind(kind).start();
        try (Tracer.SpanInScope ignored = tracer.withSpan(span)) {
            return work.run(new Opened(span));
        } catch (Throwable failure) {
            span.error(failure);
            throw failure;
        } finally {
            span.end();
        }
    }

    private static String traceparentOf(Span span) {
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** The span a piece of {@link Work} runs in. */
    public record Opened(Span span) {

        /** The traceparent that makes a receiver's span a child of this one. */
        public String traceparent() {
            return traceparentOf(span);
        }
    }
}
