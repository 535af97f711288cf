package itc.renewal.gateway.web;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A service's refusal as a form shows it: each message next to its field (from the problem's {@code errors}, or
 * from its {@code code} for a rule about one field), anything else at the top of the form.
 */
public final class FormErrors {

    /** The key of the message shown at the top of the form. */
    public static final String GLOBAL = "_global";

    private FormErrors() {
    }

    /**
     * @param fieldOfCode the form field a problem code is about (e.g. {@code points.title-too-long} → title), or
     *                    null when it is about no single field
     */
    public static Map<String, String> of(ServiceBackend.Answer answer, Function<String, String> fieldOfCode) {
        Map<String, String> errors = new LinkedHashMap<>();
        JsonNode listed = answer.body().path("errors");
        if (listed.isArray() && !listed.isEmpty()) {
            for (JsonNode error : listed) {
                errors.merge(error.path("field").asText(GLOBAL), error.path("message").asText(""),
                        (first, second) -> first + " " + second);
            }
            return errors;
        }
        String field = fieldOfCode.apply(answer.code());
        errors.put(field == null ? GLOBAL : field, answer.detail());
        return errors;
    }
}
