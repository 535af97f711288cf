package itc.renewal.renewal.procedure.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/** The window closed at {@code windowClosedAt} (C3); the renewal lapses unless completed. */
public record LapseRenewalCommand(@TargetAggregateIdentifier String renewalId, Instant windowClosedAt) {

    public LapseRenewalCommand {
        Objects.requireNonNull(renewalId, "renewalId");
        Objects.requireNonNull(windowClosedAt, "windowClosedAt");
    }
}
