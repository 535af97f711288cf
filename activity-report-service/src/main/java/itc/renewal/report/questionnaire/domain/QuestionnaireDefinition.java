package itc.renewal.report.questionnaire.domain;

import itc.renewal.platform.problem.FieldError;
import itc.renewal.platform.problem.InvalidFields;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an operator may publish as a questionnaire (rule R2): a version such as {@code 2028.1}, a first fiscal year,
 * and questions with unique ids, each answerable (choices for a choice or scale question, a length limit for text).
 * A definition with mistakes is refused whole, every mistake named by its field.
 */
public final class QuestionnaireDefinition {

    static final String INVALID = "report.questionnaire-invalid";
    private static final String ID = "[a-zA-Z][a-zA-Z0-9_]{0,39}";

    private QuestionnaireDefinition() {
    }

    public static Questionnaire check(String version, Integer firstFiscalYear, List<Question> questions) {
        List<FieldError> errors = new ArrayList<>();
        if (version == null || !version.matches("\\d{4}\\.\\d{1,3}")) {
            errors.add(new FieldError("version", "版は「年度.番号」で指定してください（例: 2028.1）。"));
        }
        if (firstFiscalYear == null || firstFiscalYear < 2000 || firstFiscalYear > 2100) {
            errors.add(new FieldError("firstFiscalYear", "適用する最初の年度を 2000〜2100 で指定してください。"));
        }
        if (questions == null || questions.isEmpty()) {
            errors.add(new FieldError("questions", "設問を1つ以上定義してください。"));
        } else {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < questions.size(); i++) {
                check(questions.get(i), "questions[" + i + "]", ids, errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(INVALID, errors);
        }
        return new Questionnaire(version, firstFiscalYear, questions);
    }

    private static void check(Question question, String at, Set<String> ids, List<FieldError> errors) {
        if (question == null) {
            errors.add(new FieldError(at, "設問が空です。"));
            return;
        }
        if (question.id() == null || !question.id().matches(ID)) {
            errors.add(new FieldError(at + ".id", "設問IDは英字で始まる40文字以内の英数字で指定してください。"));
        } else if (!ids.add(question.id())) {
            errors.add(new FieldError(at + ".id", "設問ID「" + question.id() + "」が重複しています。"));
        }
        if (question.title() == null || question.title().isBlank() || question.text() == null
                || question.text().isBlank()) {
            errors.add(new FieldError(at + ".title", "設問の見出し（title）と本文（text）を入力してください。"));
        }
        if (question.type() == null) {
            errors.add(new FieldError(at + ".type", "回答形式（SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE, TEXT）を指定してください。"));
            return;
        }
        if (question.type() == Question.Type.TEXT) {
            if (question.maxLength() == null || question.maxLength() < 1 || question.maxLength() > 10000) {
                errors.add(new FieldError(at + ".maxLength", "自由記述の文字数上限を 1〜10000 で指定してください。"));
            }
            return;
        }
        Set<String> values = new HashSet<>();
        boolean distinct = question.choices().stream().allMatch(c -> c != null && c.value() != null
                && !c.value().isBlank() && c.label() != null && !c.label().isBlank() && values.add(c.value()));
        if (question.choices().size() < 2 || !distinct) {
            errors.add(new FieldError(at + ".choices", "選択肢を2つ以上、値と表示名を重複なく定義してください。"));
        }
        if (question.type() == Question.Type.SCALE && !values.stream().allMatch(v -> v.matches("-?\\d{1,3}"))) {
            errors.add(new FieldError(at + ".choices", "段階評価の選択肢の値は整数にしてください（例: 1〜5）。"));
        }
        if (question.exclusive() != null && (question.type() != Question.Type.MULTIPLE_CHOICE
                || !values.contains(question.exclusive()))) {
            errors.add(new FieldError(at + ".exclusive", "排他選択肢は複数選択の設問の選択肢から指定してください。"));
        }
        if (question.maxSelections() != null && (question.type() != Question.Type.MULTIPLE_CHOICE
                || question.maxSelections() < 1)) {
            errors.add(new FieldError(at + ".maxSelections", "選択数の上限は複数選択の設問に 1 以上で指定してください。"));
        }
    }
}
