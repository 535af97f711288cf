package itc.renewal.platform.provenance;

import itc.renewal.platform.tracing.Traces;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers a service's call of another service carries so that what the call changes is recorded in the same
 * journey, caused by the same request or event, in the name of the same actor (a member's application locks the
 * member's points year as the member). The callee honours {@value ProvenanceFilter#ACTING_FOR} only from a signed
 * service. The call is also part of the caller's trace ({@value Traces#TRACEPARENT}).
 */
public final class ProvenanceHeaders {

    private ProvenanceHeaders() {
    }

    /** Empty when the thread handles nothing: the callee then starts a journey of its own. */
    public static Map<String, String> forOutgoingCall() {
        Map<String, String> headers = new LinkedHashMap<>();
        ProvenanceContext.current().ifPresent(handling -> {
            Provenance effects = handling.forEffects();
            headers.put(ProvenanceFilter.CORRELATION_ID, effects.correlationId());
            headers.put(ProvenanceFilter.REQUEST_ID, effects.causationId());
            headers.put(ProvenanceFilter.ACTING_FOR, effects.actor());
        });
        Traces.current().ifPresent(traceparent -> headers.put(Traces.TRACEPARENT, traceparent));
        return headers;
    }
}
