package itc.renewal.report.questionnaire.domain;

import java.util.List;

/** What an answer to one question must be (rule R2), per type; messages worded for the member. */
final class QuestionChecks {

    private QuestionChecks() {
    }

    /** Null when {@code given} (non-empty, trimmed values) fits the question; otherwise what is wrong. */
    static String problemWith(Question question, List<String> given) {
        switch (question.type()) {
            case SINGLE_CHOICE, SCALE -> {
                if (given.size() > 1) {
                    return "1つだけ選んでください。";
                }
                if (!question.allows(given.get(0))) {
                    return question.type() == Question.Type.SCALE
                            ? "次の値から選んでください: " + question.allowedValues()
                            : "次のいずれかを選んでください: " + question.allowedValues();
                }
                return null;
            }
            case MULTIPLE_CHOICE -> {
                List<String> unknown = given.stream().filter(value -> !question.allows(value)).distinct().toList();
                if (!unknown.isEmpty()) {
                    return "選べない値があります（" + String.join("、", unknown) + "）。選べる値: "
                            + question.allowedValues();
                }
                long distinct = given.stream().distinct().count();
                if (question.maxSelections() != null && distinct > question.maxSelections()) {
                    return question.maxSelections() + "つまで選べます（" + distinct + "つ選択）。";
                }
                if (question.exclusive() != null && given.contains(question.exclusive()) && distinct > 1) {
                    return "「" + question.labelOf(question.exclusive()) + "」は他の選択肢と一緒に選べません。";
                }
                return null;
            }
            case TEXT -> {
                String text = given.get(0);
                int length = text.codePointCount(0, text.length());
                if (given.size() > 1) {
                    return "文章を1つ入力してください。";
                }
                if (question.maxLength() != null && length > question.maxLength()) {
                    return question.maxLength() + "文字以内で入力してください（現在 " + length + " 文字）。";
                }
                return null;
            }
            default -> throw new IllegalStateException("unknown question type " + question.type());
        }
    }

    /** The values as kept: choices in the questionnaire's order without repetitions, the others as given. */
    static List<String> normalise(Question question, List<String> given) {
        if (question.type() == Question.Type.MULTIPLE_CHOICE) {
            return question.choices().stream().map(Question.Choice::value).filter(given::contains).toList();
        }
        return List.of(given.get(0));
    }
}
