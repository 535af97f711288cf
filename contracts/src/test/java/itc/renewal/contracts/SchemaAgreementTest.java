package itc.renewal.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON Schema of each published type agrees with its record: the same fields in the same order, each of a
 * matching JSON type, every primitive required, every field added in a later minor version optional and marked
 * with that version; the schema's version is the one producers put on the wire.
 */
class SchemaAgreementTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<Type, String> JSON_TYPES = Map.ofEntries(
            Map.entry(UUID.class, "string"), Map.entry(Instant.class, "string"), Map.entry(LocalDate.class, "string"),
            Map.entry(String.class, "string"), Map.entry(int.class, "integer"), Map.entry(long.class, "integer"),
            Map.entry(Integer.class, "integer"), Map.entry(Long.class, "integer"), Map.entry(BigDecimal.class, "number"),
            Map.entry(boolean.class, "boolean"), Map.entry(Boolean.class, "boolean"), Map.entry(List.class, "array"));

    private static final Map<Type, String> FORMATS = Map.of(
            UUID.class, "uuid", Instant.class, "date-time", LocalDate.class, "date");

    @TestFactory
    Stream<DynamicTest> everySchemaDescribesItsRecord() {
        return EventTypes.contracts().stream().map(contract -> DynamicTest.dynamicTest(contract.type(), () -> {
            JsonNode schema = schemaOf(contract);
            assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.path("$id").asText()).isEqualTo(contract.dataSchema());
            assertThat(schema.path("title").asText()).isEqualTo(contract.type());
            assertThat(schema.path("x-version").asText()).as("x-version").isEqualTo(contract.version());
            assertThat(schema.path("additionalProperties").asBoolean(false))
                    .as("consumers must accept fields added later").isTrue();

            RecordComponent[] components = contract.record().getRecordComponents();
            List<String> names = Stream.of(components).map(RecordComponent::getName).toList();
            assertThat(fieldNames(schema.path("properties"))).as("fields, in order").isEqualTo(names);
            Set<String> required = Set.copyOf(texts(schema.path("required")));
            for (RecordComponent component : components) {
                checkField(contract, component, schema.path("properties").path(component.getName()), required);
            }
        }));
    }

    @Test
    void everySchemaFileBelongsToAPublishedType() throws IOException {
        try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of(
                java.net.URI.create(EventContract.class.getResource(EventContract.RESOURCE_FOLDER).toString())))) {
            List<String> types = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .sorted().toList();
            assertThat(types).containsExactlyInAnyOrderElementsOf(
                    EventTypes.contracts().stream().map(EventContract::type).toList());
        }
    }

    private static void checkField(EventContract contract, RecordComponent component, JsonNode field,
                                   Set<String> required) {
        String where = contract.type() + "." + component.getName();
        assertThat(field.path("description").asText()).as(where + " description").isNotBlank();
        List<String> types = field.path("type").isArray() ? texts(field.path("type")) : List.of(field.path("type").asText());
        String expected = JSON_TYPES.get(component.getType());
        assertThat(expected).as(where + ": no JSON type known for " + component.getType()).isNotNull();
        assertThat(types).as(where + " type").contains(expected);
        if (FORMATS.containsKey(component.getType())) {
            assertThat(field.path("format").asText()).as(where + " format").isEqualTo(FORMATS.get(component.getType()));
        }
        boolean optional = types.contains("null");
        assertThat(required.contains(component.getName())).as(where + " required").isEqualTo(!optional);
        if (component.getType().isPrimitive()) {
            assertThat(optional).as(where + " is a primitive, always present").isFalse();
        }
        String since = field.path("x-since").asText("1.0");
        assertThat(optional).as(where + ": a field added after 1.0 is optional, one from 1.0 is not")
                .isEqualTo(!since.equals("1.0"));
        assertThat(minor(since)).as(where + " x-since within the type's version")
                .isLessThanOrEqualTo(minor(contract.version()));
    }

    static JsonNode schemaOf(EventContract contract) {
        try (InputStream in = contract.schema()) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode sampleOf(EventContract contract) {
        try (InputStream in = contract.sample()) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static int minor(String version) {
        return Integer.parseInt(version.substring(version.indexOf('.') + 1));
    }
}
