package itc.renewal.report.questionnaire.api;

/**
 * The questionnaire members answer in {@code fiscalYear} (the newest version whose first fiscal year is not later),
 * or, with {@code version} set, that version; as {@code Optional<Questionnaire>}.
 */
public record FindQuestionnaireQuery(int fiscalYear, String version) {

    public static FindQuestionnaireQuery forFiscalYear(int fiscalYear) {
        return new FindQuestionnaireQuery(fiscalYear, null);
    }

    public static FindQuestionnaireQuery version(String version) {
        return new FindQuestionnaireQuery(0, version);
    }
}
