package itc.renewal.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import itc.renewal.systemtests.TopicReader.Event;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a subscriber outside the product does with a record: read the CloudEvents headers, resolve
 * {@code ce_dataschema} to the JSON Schema the contracts jar ships (a plain classpath resource, no class of ours),
 * and validate the payload with an independent validator, formats asserted.
 */
final class PublishedSchemas {

    private static final String URN = "urn:itc-renewal:schema:";
    private static final String FOLDER = "/itc/renewal/contracts/schemas/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final Map<String, JsonNode> documents = new ConcurrentHashMap<>();

    /** Every way {@code event} departs from what the published documents promise; empty when it conforms. */
    List<String> problems(Event event) {
        List<String> problems = new ArrayList<>();
        String where = event.type() + " " + event.id() + ": ";
        Map<String, String> headers = event.headers();
        for (String name : List.of("ce_id", "ce_type", "ce_source", "ce_specversion", "ce_time", "ce_subject",
                "ce_dataschema", "ce_dataversion", "content-type")) {
            if (headers.getOrDefault(name, "").isBlank()) {
                problems.add(where + "no " + name);
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        if (!"1.0".equals(headers.get("ce_specversion")) || !"application/json".equals(headers.get("content-type"))) {
            problems.add(where + "specversion/content-type " + headers);
        }
        if (!headers.get("ce_subject").equals(event.key())) {
            problems.add(where + "ce_subject " + headers.get("ce_subject") + " is not the key " + event.key());
        }
        String dataSchema = headers.get("ce_dataschema");
        if (!dataSchema.equals(URN + event.type())) {
            problems.add(where + "ce_dataschema " + dataSchema + " does not name the schema of its type");
            return problems;
        }
        String actor = headers.get("ce_actor");
        if (actor != null && !actor.matches("(member|operator|system|anonymous):[A-Za-z0-9._@-]{1,64}")) {
            problems.add(where + "ce_actor " + actor + " is not an actor");
        }
        JsonNode schema = document(event.type());
        String written = headers.get("ce_dataversion");
        String published = schema.path("x-version").asText();
        String major = event.type().substring(event.type().lastIndexOf(".v") + 2);
        if (!written.startsWith(major + ".") || minor(written) > minor(published)) {
            problems.add(where + "ce_dataversion " + written + " is not within the published " + published);
        }
        Schema validator = REGISTRY.getSchema(com.networknt.schema.SchemaLocation.of(URN + event.type()), schema);
        validator.validate(event.body(), context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
                .forEach(error -> problems.add(where + error.getInstanceLocation() + " " + error.getMessage()));
        return problems;
    }

    private JsonNode document(String type) {
        return documents.computeIfAbsent(type, name -> {
            try (InputStream in = PublishedSchemas.class.getResourceAsStream(FOLDER + name + ".json")) {
                if (in == null) {
                    throw new IllegalStateException("the contracts jar has no schema for " + name);
                }
                return JSON.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static int minor(String version) {
        return Integer.parseInt(version.substring(version.indexOf('.') + 1));
    }
}
