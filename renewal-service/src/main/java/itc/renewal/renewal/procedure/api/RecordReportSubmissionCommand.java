package itc.renewal.renewal.procedure.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/** activity-report-service received the practice activity report of a renewal (C1). */
public record RecordReportSubmissionCommand(@TargetAggregateIdentifier String renewalId, String questionnaireVersion,
                                            Instant submittedAt) {

    public RecordReportSubmissionCommand {
        Objects.requireNonNull(renewalId, "renewalId");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }
}
