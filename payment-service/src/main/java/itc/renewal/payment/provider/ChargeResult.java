package itc.renewal.payment.provider;

import java.util.Objects;

/** What the provider answered to one charge. */
public sealed interface ChargeResult {

    /** The charge went through; {@code reference} identifies it at the provider (for refunds, audits). */
    record Approved(String reference) implements ChargeResult {
        public Approved {
            Objects.requireNonNull(reference, "reference");
        }
    }

    /** The issuer refused the charge; {@code reason} is the provider's wording, for the audit trail. */
    record Declined(String reason) implements ChargeResult {
        public Declined {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
