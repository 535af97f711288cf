package itc.renewal.renewal.procedure.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/** A reminder deadline (C2), e.g. {@code label} "14-days", fell due at {@code dueAt} (business time). */
public record SendRenewalReminderCommand(@TargetAggregateIdentifier String renewalId, String label, Instant dueAt) {

    public SendRenewalReminderCommand {
        Objects.requireNonNull(renewalId, "renewalId");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(dueAt, "dueAt");
    }
}
