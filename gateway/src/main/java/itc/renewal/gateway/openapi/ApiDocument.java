package itc.renewal.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * One OpenAPI document of the whole HTTP API as a client sees it at the gateway, made of each application's own
 * (springdoc's, generated from its controllers): every path with its operations tagged with the service that
 * answers it; schemas shared when two services describe the same one, renamed {@code <service>.<name>} when they
 * describe different ones under one name; operation ids kept unique the same way.
 */
final class ApiDocument {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String SCHEMA_REF = "#/components/schemas/";

    private final ObjectNode document = NODES.objectNode();
    private final ObjectNode paths;
    private final ObjectNode schemas;
    private final ArrayNode tags;
    private final Set<String> operationIds = new HashSet<>();

    ApiDocument(String title, String version, String description, String serverUrl) {
        document.put("openapi", "3.0.1");
        document.putObject("info").put("title", title).put("version", version).put("description", description);
        document.putArray("servers").addObject().put("url", serverUrl);
        tags = document.putArray("tags");
        paths = document.putObject("paths");
        ObjectNode components = document.putObject("components");
        schemas = components.putObject("schemas");
        ObjectNode security = components.putObject("securitySchemes");
        security.putObject("session").put("type", "apiKey").put("in", "cookie").put("name", "SESSION")
                .put("description", "the member page's login session (a browser's; forms also need the CSRF token)");
        security.putObject("basic").put("type", "http").put("scheme", "basic")
                .put("description", "member id (or operator user) and password, for programs");
        ArrayNode required = document.putArray("security");
        required.addObject().putArray("basic");
        required.addObject().putArray("session");
    }

    /** Adds one application's document, its operations tagged {@code service}. */
    ApiDocument add(String service, String about, JsonNode part) {
        tags.addObject().put("name", service).put("description", about);
        Map<String, String> renamed = new HashMap<>();
        JsonNode ownSchemas = part.path("components").path("schemas");
        ownSchemas.fieldNames().forEachRemaining(name -> {
            JsonNode existing = schemas.get(name);
            if (existing != null && !existing.equals(ownSchemas.get(name))) {
                renamed.put(name, service + "." + name);
            }
        });
        JsonNode rewritten = renamed.isEmpty() ? part : rewriteRefs(part.deepCopy(), renamed);
        rewritten.path("components").path("schemas").fields().forEachRemaining(schema ->
                schemas.putIfAbsent(renamed.getOrDefault(schema.getKey(), schema.getKey()), schema.getValue()));
        rewritten.path("paths").fields().forEachRemaining(path -> {
            ObjectNode merged = paths.has(path.getKey()) ? (ObjectNode) paths.get(path.getKey())
                    : paths.putObject(path.getKey());
            path.getValue().fields().forEachRemaining(operation -> {
                ObjectNode copy = operation.getValue().deepCopy();
                if (copy.isObject() && copy.has("responses")) {
                    copy.putArray("tags").add(service);
                    String id = copy.path("operationId").asText(null);
                    if (id != null && !operationIds.add(id)) {
                        copy.put("operationId", service + "." + id);
                        operationIds.add(service + "." + id);
                    }
                }
                merged.set(operation.getKey(), copy);
            });
        });
        return this;
    }

    JsonNode json() {
        return document;
    }

    private static JsonNode rewriteRefs(JsonNode node, Map<String, String> renamed) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMA_REF)) {
                String name = ref.asText().substring(SCHEMA_REF.length());
                if (renamed.containsKey(name)) {
                    object.put("$ref", SCHEMA_REF + renamed.get(name));
                }
            }
            for (Iterator<JsonNode> values = object.elements(); values.hasNext(); ) {
                rewriteRefs(values.next(), renamed);
            }
        } else if (node.isArray()) {
            node.forEach(element -> rewriteRefs(element, renamed));
        }
        return node;
    }
}
