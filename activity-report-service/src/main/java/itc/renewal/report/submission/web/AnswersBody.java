package itc.renewal.report.submission.web;

import com.fasterxml.jackson.databind.JsonNode;
import itc.renewal.platform.problem.FieldError;
import itc.renewal.platform.problem.InvalidFields;
import itc.renewal.report.questionnaire.domain.Answers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers as posted: {@code {"answers": {"<question id>": value, …}}}, or the answers at the top level. A value is
 * a text, a number, or a list of them; null leaves the question unanswered. Numbers keep their written form, so
 * {@code 4.5} is refused by a 1–5 scale rather than cut to 4.
 */
final class AnswersBody {

    private AnswersBody() {
    }

    static Answers read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidFields("report.answer-invalid", List.of(new FieldError("answers",
                    "回答を JSON オブジェクト（設問ID: 回答）で送ってください。")));
        }
        JsonNode answers = body.has("answers") && body.get("answers").isObject() ? body.get("answers") : body;
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        answers.fields().forEachRemaining(field -> {
            List<String> given = new ArrayList<>();
            JsonNode value = field.getValue();
            if (value.isArray()) {
                value.forEach(item -> add(item, given, field.getKey(), errors));
            } else if (!value.isNull()) {
                add(value, given, field.getKey(), errors);
            }
            values.put(field.getKey(), given);
        });
        if (!errors.isEmpty()) {
            throw new InvalidFields("report.answer-invalid", errors);
        }
        return new Answers(values);
    }

    private static void add(JsonNode value, List<String> given, String question, List<FieldError> errors) {
        if (value.isTextual() || value.isNumber()) {
            given.add(value.isTextual() ? value.textValue() : value.numberValue().toString());
        } else {
            errors.add(new FieldError(question, "設問「" + question + "」の回答は文字・数値またはその配列で送ってください。"));
        }
    }
}
