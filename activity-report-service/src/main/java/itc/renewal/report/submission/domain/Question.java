package itc.renewal.report.submission.domain;

import java.util.List;

/**
 * One question of a questionnaire.
 *
 * @param id      the answer field it belongs to, e.g. {@code satisfaction}
 * @param title   short name used in error messages, e.g. 「満足度」
 * @param text    the question as the member reads it
 * @param type    how it is answered
 * @param choices the allowed answers (empty for free text)
 */
public record Question(String id, String title, String text, Type type, List<Choice> choices) {

    public enum Type { SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE, TEXT }

    /** An allowed answer: the code sent back, and its Japanese label. */
    public record Choice(String value, String label) {
    }

    public Question {
        choices = List.copyOf(choices);
    }

    public boolean allows(String value) {
        return choices.stream().anyMatch(choice -> choice.value().equals(value));
    }

    public String allowedValues() {
        return String.join("、", choices.stream().map(c -> c.value() + "（" + c.label() + "）").toList());
    }
}
