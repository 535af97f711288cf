package itc.renewal.report.submission.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** Opens the practice activity report of one renewal, because the renewal was applied (rule R1). */
public record OpenActivityReportCommand(@TargetAggregateIdentifier String renewalId, String memberId, int fiscalYear) {

    public OpenActivityReportCommand {
        Objects.requireNonNull(renewalId, "renewalId");
        Objects.requireNonNull(memberId, "memberId");
    }
}
