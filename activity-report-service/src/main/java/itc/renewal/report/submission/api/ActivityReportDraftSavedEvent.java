package itc.renewal.report.submission.api;

import itc.renewal.report.privacy.domain.SealedAnswers;

import java.time.Instant;

/** The member saved a draft (rule R1); the answers sealed with the member's key (R4). */
public record ActivityReportDraftSavedEvent(
        String renewalId,
        String memberId,
        int fiscalYear,
        String questionnaireVersion,
        SealedAnswers answers,
        Instant savedAt) {
}
