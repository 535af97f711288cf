package itc.renewal.report.submission.domain;

import java.util.List;

/**
 * A member's answers to the questionnaire, as given; {@link Questionnaire#validate} checks them
 * (rule R2). Personal data (rule R4).
 *
 * @param involvement   code of the chosen involvement in association activities
 * @param practiceAreas codes of the practice areas, at least one
 * @param satisfaction  satisfaction with holding the qualification, 1 to 5
 * @param comment       free text, optional
 */
public record Answers(String involvement, List<String> practiceAreas, Integer satisfaction, String comment) {

    public Answers {
        practiceAreas = practiceAreas == null ? List.of() : List.copyOf(practiceAreas.stream()
                .map(area -> area == null ? "" : area).toList());
    }
}
