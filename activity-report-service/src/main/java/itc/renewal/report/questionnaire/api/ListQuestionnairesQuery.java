package itc.renewal.report.questionnaire.api;

/** Every published questionnaire version, newest first, for operators. */
public record ListQuestionnairesQuery() {
}
