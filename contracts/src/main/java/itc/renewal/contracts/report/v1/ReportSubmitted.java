package itc.renewal.contracts.report.v1;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A practice activity report (実務活動報告) was submitted (rules R1, R3). Carries no answers.
 *
 * @param eventId               idempotency key for consumers; since v1
 * @param occurredAt            when the report was submitted; since v1
 * @param memberId              the holder's member id, also the Kafka key; since v1
 * @param renewalId             the renewal the report belongs to; since v1
 * @param fiscalYear            fiscal year (年度) of the renewal; since v1
 * @param questionnaireVersion  version of the questionnaire answered; since v1
 */
public record ReportSubmitted(
        UUID eventId,
        Instant occurredAt,
        String memberId,
        String renewalId,
        int fiscalYear,
        String questionnaireVersion) {

    public ReportSubmitted {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(renewalId, "renewalId");
    }
}
