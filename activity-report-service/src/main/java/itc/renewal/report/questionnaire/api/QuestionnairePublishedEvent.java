package itc.renewal.report.questionnaire.api;

import itc.renewal.report.questionnaire.domain.Questionnaire;

import java.time.Instant;

/** A questionnaire version was published (rule R2): members answer it from its first fiscal year on. */
public record QuestionnairePublishedEvent(String version, Questionnaire questionnaire, String publishedBy,
                                          Instant publishedAt) {
}
