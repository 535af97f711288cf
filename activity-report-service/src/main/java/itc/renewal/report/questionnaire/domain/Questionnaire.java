package itc.renewal.report.questionnaire.domain;

import itc.renewal.platform.problem.FieldError;
import itc.renewal.platform.problem.InvalidFields;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule R2: a questionnaire is data, versioned. An operator publishes a version for a first fiscal year; it applies
 * from that year until a newer version does, and answers keep the version they were given to, so they stay
 * interpretable. A published version never changes.
 */
public record Questionnaire(String version, int firstFiscalYear, List<Question> questions) {

    static final String ANSWER_INVALID = "report.answer-invalid";

    public Questionnaire {
        questions = List.copyOf(questions);
    }

    /**
     * Checks every answer against its question and answers them normalised (choices in the questionnaire's order,
     * without repetitions; text trimmed; unanswered questions left out). A draft ({@code complete} false) may leave
     * required questions unanswered; a submission may not.
     *
     * @throws InvalidFields 400 naming every wrong answer by question id
     */
    public Answers validate(Answers answers, boolean complete) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, List<String>> normalised = new LinkedHashMap<>();
        answers.values().keySet().stream().filter(id -> questions.stream().noneMatch(q -> q.id().equals(id)))
                .forEach(id -> errors.add(new FieldError(id, "設問「" + id + "」はこの報告書（" + version + "）にありません。")));
        for (Question question : questions) {
            List<String> given = answers.of(question.id()).stream().map(String::strip).filter(v -> !v.isEmpty())
                    .toList();
            if (given.isEmpty()) {
                if (complete && question.required()) {
                    errors.add(error(question, "回答してください（必須）。"));
                }
                continue;
            }
            String problem = QuestionChecks.problemWith(question, given);
            if (problem != null) {
                errors.add(error(question, problem));
            } else {
                normalised.put(question.id(), QuestionChecks.normalise(question, given));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(ANSWER_INVALID, errors);
        }
        return new Answers(normalised);
    }

    public Question question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("questionnaire " + version + " has no " + id));
    }

    private static FieldError error(Question question, String what) {
        return new FieldError(question.id(), "設問「" + question.title() + "」: " + what);
    }
}
