package itc.renewal.report.questionnaire.domain;

import java.util.List;

/**
 * One question of a questionnaire (rule R2), as an operator defines it.
 *
 * @param id        the answer's key, e.g. {@code satisfaction}
 * @param title     short name used in messages and the summary, e.g. 「満足度」
 * @param text      the question as the member reads it
 * @param type      how it is answered
 * @param required  whether a submission must answer it (a draft need not)
 * @param choices   the allowed answers of a choice or scale question; empty for free text
 * @param maxSelections for a multiple choice, at most this many (null: any)
 * @param exclusive for a multiple choice, a value that cannot be combined with others, e.g. {@code NONE} (or null)
 * @param maxLength for free text, at most this many characters
 */
public record Question(String id, String title, String text, Type type, boolean required, List<Choice> choices,
                       Integer maxSelections, String exclusive, Integer maxLength) {

    public enum Type { SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE, TEXT }

    /** An allowed answer: the code sent back, and its Japanese label. */
    public record Choice(String value, String label) {
    }

    public Question {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public boolean allows(String value) {
        return choices.stream().anyMatch(choice -> choice.value().equals(value));
    }

    public String allowedValues() {
        return String.join("、", choices.stream().map(c -> c.value() + "（" + c.label() + "）").toList());
    }

    public String labelOf(String value) {
        return choices.stream().filter(c -> c.value().equals(value)).map(Choice::label).findFirst().orElse(value);
    }
}
