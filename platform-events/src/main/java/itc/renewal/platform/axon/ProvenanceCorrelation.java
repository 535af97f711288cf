package itc.renewal.platform.axon;

import itc.renewal.platform.provenance.Provenance;
import itc.renewal.platform.tracing.Traces;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.HashMap;
import java.util.Map;

/**
 * What a message created while another is handled inherits (Axon merges it into every new message's metadata):
 * the journey ({@link Provenance#CORRELATION_ID}) always; from a command, its actor and its cause (the request or
 * event that sent it), so an event names the request or event behind it, never a command nobody stores; from an
 * event, this service as actor and the event as cause.
 */
final class ProvenanceCorrelation implements CorrelationDataProvider {

    private final String system;

    ProvenanceCorrelation(String service) {
        this.system = Provenance.system(service);
    }

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        MetaData metaData = message.getMetaData();
        Map<String, Object> data = new HashMap<>();
        data.put(Provenance.CORRELATION_ID, textOr(metaData.get(Provenance.CORRELATION_ID), message.getIdentifier()));
        // the trace: the span handling the message when there is one (its children), else the message's own
        String traceparent = Traces.current().orElse(textOr(metaData.get(Traces.TRACEPARENT), null));
        if (traceparent != null) {
            data.put(Traces.TRACEPARENT, traceparent);
        }
        if (message instanceof CommandMessage<?>) {
            data.put(Provenance.ACTOR, textOr(metaData.get(Provenance.ACTOR), system));
            String cause = textOr(metaData.get(Provenance.CAUSATION_ID), null);
            if (cause != null) {
                data.put(Provenance.CAUSATION_ID, cause);
            }
        } else {
            data.put(Provenance.ACTOR, system);
            data.put(Provenance.CAUSATION_ID, message.getIdentifier());
        }
        return data;
    }

    static String textOr(Object value, String otherwise) {
        return value instanceof String text && !text.isBlank() ? text : otherwise;
    }
}
