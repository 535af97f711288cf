package itc.renewal.gateway.routing;

import itc.renewal.platform.provenance.Handling;
import itc.renewal.platform.provenance.Provenance;
import itc.renewal.platform.provenance.ProvenanceContext;
import itc.renewal.platform.provenance.ProvenanceFilter;
import itc.renewal.platform.tracing.Traces;
import jakarta.servlet.http.HttpServletRequest;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The journey headers the gateway gives every call of a service: the request's journey
 * ({@value ProvenanceFilter#CORRELATION_ID}: the client's when it sent a well-formed one, else the one this request
 * started) and a fresh id per call ({@value ProvenanceFilter#REQUEST_ID}), which the services record as the cause of
 * what the call changes.
 */
public final class Journeys {

    private Journeys() {
    }

    /** For a request the gateway forwards as it is. */
    public static Map<String, String> headersFor(HttpServletRequest request) {
        String sent = request.getHeader(ProvenanceFilter.CORRELATION_ID);
        return headers(Provenance.isId(sent) ? sent : current());
    }

    /** For a call the gateway makes while answering a page: the page request's journey. */
    public static Map<String, String> headersForCall() {
        return headers(current());
    }

    private static String current() {
        return ProvenanceContext.current().map(Handling::of).map(Provenance::correlationId)
                .orElseGet(() -> UUID.randomUUID().toString());
    }

    /** The journey, a fresh call id, and the trace of the gateway's request (the service's spans are its children). */
    private static Map<String, String> headers(String correlationId) {
        Map<String, String> headers = new HashMap<>(Map.of(ProvenanceFilter.CORRELATION_ID, correlationId,
                ProvenanceFilter.REQUEST_ID, UUID.randomUUID().toString()));
        Traces.current().ifPresent(traceparent -> headers.put(Traces.TRACEPARENT, traceparent));
        return headers;
    }
}
