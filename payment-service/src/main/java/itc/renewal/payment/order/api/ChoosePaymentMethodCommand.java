package itc.renewal.payment.order.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * The member chooses how to pay (rule F1). Answers {@link PaymentTerms}. Choosing the method already chosen changes
 * nothing; another is refused.
 *
 * @param invoicing for {@link PaymentMethod#BANK_TRANSFER} only: who issues the invoice to whom (F3)
 */
public record ChoosePaymentMethodCommand(
        @TargetAggregateIdentifier String renewalId,
        String memberId,
        PaymentMethod method,
        Instant chosenAt,
        InvoiceParties invoicing) {

    public ChoosePaymentMethodCommand {
        Objects.requireNonNull(renewalId, "renewalId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(chosenAt, "chosenAt");
        if (method == PaymentMethod.BANK_TRANSFER) {
            Objects.requireNonNull(invoicing, "invoicing");
        }
    }
}
