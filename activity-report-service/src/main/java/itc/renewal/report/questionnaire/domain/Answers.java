package itc.renewal.report.questionnaire.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A member's answers keyed by question id, each as a list of values: one for a single choice, a scale or a text,
 * any number for a multiple choice, none when unanswered. Personal data (rule R4): it leaves this process only
 * sealed with the member's key.
 */
public record Answers(Map<String, List<String>> values) {

    public static final Answers NONE = new Answers(Map.of());

    public Answers {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((id, given) -> copy.put(id, given == null ? List.of() : given.stream()
                    .map(value -> value == null ? "" : value).toList()));
        }
        values = Collections.unmodifiableMap(copy);
    }

    public List<String> of(String questionId) {
        return values.getOrDefault(questionId, List.of());
    }

    public boolean answered(String questionId) {
        return of(questionId).stream().anyMatch(value -> !value.isBlank());
    }
}
