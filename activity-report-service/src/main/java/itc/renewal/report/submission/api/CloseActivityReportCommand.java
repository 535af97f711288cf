package itc.renewal.report.submission.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * Closes the practice activity report of a renewal that lapsed (rules Q5, C3): from now on it cannot
 * be submitted. Sent whether or not the report was opened, so that the lapse is remembered.
 *
 * @param lapsedAt when the renewal lapsed (the window's end); informative only, may be null
 */
public record CloseActivityReportCommand(
        @TargetAggregateIdentifier String renewalId,
        String memberId,
        int fiscalYear,
        Instant lapsedAt) {

    public CloseActivityReportCommand {
        Objects.requireNonNull(renewalId, "renewalId");
        Objects.requireNonNull(memberId, "memberId");
    }
}
