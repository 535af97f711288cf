package itc.renewal.payment.billing.api;

import itc.renewal.payment.billing.domain.BillingDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/** The member sets the invoice addressee and sender name (rule F4); the profile's id is the member id. */
public record ChangeBillingProfileCommand(
        @TargetAggregateIdentifier String memberId,
        BillingDetails details,
        Instant changedAt) {

    public ChangeBillingProfileCommand {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
