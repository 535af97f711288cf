package itc.renewal.report.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Rule R4 for reports submitted before answers were sealed: a revision-1 {@code ActivityReportSubmittedEvent}
 * (stored without a revision) held its answers in clear. It is read as revision 2 without them, i.e. as erased:
 * nothing reads plaintext answers any more. The stored bytes are not changed by reading (the store is append-only);
 * rewriting them is an operator's task (docs/activity-report.md).
 */
class PlainAnswersUpcaster extends SingleEventUpcaster {

    private static final String EVENT = "ActivityReportSubmittedEvent";

    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().getName().endsWith("." + EVENT)
                && representation.getType().getRevision() == null;
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(representation.getType().getName(), "2"),
                byte[].class, payload -> {
                    try {
                        ObjectNode event = (ObjectNode) json.readTree(payload);
                        event.remove("answers");
                        return json.writeValueAsBytes(event);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }
}
