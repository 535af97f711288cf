package itc.renewal.report.submission.api;

import java.util.List;

/**
 * The answers of one fiscal year in aggregate (rule R4), per questionnaire version: counts per choice of every
 * choice and scale question. Never an individual's answers: no free text, no member filter, and no counts at all
 * while fewer than {@code minimumRespondents} readable reports would let a count point at a person.
 *
 * @param submitted  reports submitted for the fiscal year
 * @param erased     of those, reports whose answers were erased (their member's key deleted)
 * @param suppressed true when the counts are withheld (too few respondents)
 */
public record ReportSummary(int fiscalYear, int submitted, int erased, int minimumRespondents, boolean suppressed,
                            List<VersionSummary> versions) {

    /**
     * The counts of one questionnaire version; none ({@code suppressed}) while fewer than the minimum answered that
     * version, since the year's respondents split by version could otherwise point at one person.
     */
    public record VersionSummary(String questionnaireVersion, int respondents, boolean suppressed,
                                 List<QuestionCounts> questions) {
    }

    /** One question's counts per choice, in the questionnaire's order; {@code mean} for a scale question. */
    public record QuestionCounts(String questionId, String title, String type, List<ChoiceCount> counts,
                                 Double mean) {
    }

    public record ChoiceCount(String value, String label, int count) {
    }
}
