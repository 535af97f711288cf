package itc.renewal.renewal.procedure.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** Sent by the renewal saga once every step is done (C1). */
public record CompleteRenewalCommand(@TargetAggregateIdentifier String renewalId) {

    public CompleteRenewalCommand {
        Objects.requireNonNull(renewalId, "renewalId");
    }
}
