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

    /**
     * Starts a span and makes it current until the returned scope is closed: a child of {@code parent} (a
     * traceparent received with a message), or — when that is absent or unreadable — of the current span, or the
     * first span of a new trace.
     */
    public static Opened open(String name, Span.Kind kind, String parent) {
        Span.Builder builder = parent == null || parent.isBlank() ? tracer.spanBuilder()
                : propagator.extract(Map.of(TRACEPARENT, parent), Map::get);
        Span span = builder.name(name).kind(kind).start();
        return new Opened(span, tracer.withSpan(span));
    }

    private static String traceparentOf(Span span) {
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** A span in scope: closing it leaves the scope and ends the span. */
    public record Opened(Span span, Tracer.SpanInScope scope) implements AutoCloseable {

        /** The traceparent that makes a receiver's span a child of this one. */
        public String traceparent() {
            return traceparentOf(span);
        }

        /** Records that the work failed (before the scope is closed). */
        public void failed(Throwable error) {
            span.error(error);
        }

        @Override
        public void close() {
            scope.close();
            span.end();
        }
    }
}
