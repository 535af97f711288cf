package itc.renewal.report.submission.api;

import itc.renewal.report.submission.domain.Answers;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** A member submits the answers of the practice activity report of one renewal (rules R1–R3). */
public record SubmitActivityReportCommand(@TargetAggregateIdentifier String renewalId, Answers answers) {

    public SubmitActivityReportCommand {
        Objects.requireNonNull(renewalId, "renewalId");
        Objects.requireNonNull(answers, "answers");
    }
}
