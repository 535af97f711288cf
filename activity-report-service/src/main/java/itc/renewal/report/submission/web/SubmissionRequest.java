package itc.renewal.report.submission.web;

import itc.renewal.report.submission.domain.Answers;

import java.math.BigDecimal;
import java.util.List;

/**
 * The answers as posted. Satisfaction is read as a decimal so that {@code 4.5} is refused rather than
 * silently truncated to 4; the questionnaire checks every answer (rule R2).
 */
record SubmissionRequest(String involvement, List<String> practiceAreas, BigDecimal satisfaction, String comment) {

    private static final int NOT_A_SCALE_VALUE = 0;

    Answers toAnswers() {
        return new Answers(involvement, practiceAreas, scaleValue(), comment);
    }

    private Integer scaleValue() {
        if (satisfaction == null) {
            return null;
        }
        try {
            return satisfaction.intValueExact();
        } catch (ArithmeticException e) {
            return NOT_A_SCALE_VALUE;
        }
    }
}
