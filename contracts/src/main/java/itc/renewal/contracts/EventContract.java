package itc.renewal.contracts;

import java.io.InputStream;
import java.util.Objects;

/**
 * One published event type: its logical name ({@code ce_type}, carrying the major version), the record that
 * reads it, the topic it travels on and its current minor version ({@code ce_dataversion}).
 *
 * <p>Its JSON Schema and a sample ship in this jar ({@link #schema()}, {@link #sample()}) and under
 * {@code docs/schemas} of the repository; {@code ce_dataschema} names the schema by {@link #dataSchema()}, a URN
 * that stays the same wherever the product runs (a gateway serves the same documents under
 * {@code /schemas/events/}).
 *
 * @param type    logical type name, e.g. {@code renewal.RenewalApplied.v1}
 * @param record  the record a Java consumer reads the payload into
 * @param topic   the Kafka topic the type is published on
 * @param version {@code major.minor}; the major is the one in {@code type}, the minor grows with each optional
 *                field added (compatibility policy in {@code docs/event-flows.md})
 */
public record EventContract(String type, Class<?> record, String topic, String version) {

    /** Prefix of every {@code ce_dataschema}; the schema's {@code $id} is the same URN. */
    public static final String SCHEMA_URN_PREFIX = "urn:itc-renewal:schema:";

    /** Classpath folder holding {@code <type>.json} schemas and {@code samples/<type>.json}. */
    public static final String RESOURCE_FOLDER = "/itc/renewal/contracts/schemas/";

    public EventContract {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(topic, "topic");
        if (!version.matches("\\d+\\.\\d+") || !type.endsWith(".v" + version.substring(0, version.indexOf('.')))) {
            throw new IllegalArgumentException("version " + version + " does not match the major of " + type);
        }
    }

    /** The value of {@code ce_dataschema} and the schema's {@code $id}. */
    public String dataSchema() {
        return SCHEMA_URN_PREFIX + type;
    }

    /** The JSON Schema (draft 2020-12) of the payload; the caller closes the stream. */
    public InputStream schema() {
        return resource(RESOURCE_FOLDER + type + ".json");
    }

    /** A sample payload that validates against {@link #schema()}; the caller closes the stream. */
    public InputStream sample() {
        return resource(RESOURCE_FOLDER + "samples/" + type + ".json");
    }

    private static InputStream resource(String path) {
        InputStream in = EventContract.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing from the contracts jar: " + path);
        }
        return in;
    }
}
