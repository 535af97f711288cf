package itc.renewal.contracts.renewal.v1;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A holder applied for the renewal of one fiscal year (rules A1, A2, Q4).
 *
 * @param eventId      idempotency key for consumers; since v1
 * @param occurredAt   when the application was accepted; since v1
 * @param memberId     the holder's member id, also the Kafka key; since v1
 * @param renewalId    id of this renewal, unique per member and fiscal year; since v1
 * @param fiscalYear   fiscal year (年度) being renewed; since v1
 * @param feeAmount    renewal fee including consumption tax; 0 when waived; since v1
 * @param currency     ISO 4217 code of {@code feeAmount}, always {@code JPY}; since v1
 * @param feeWaived    true for a first renewal, which is free (rule Q4); since v1
 * @param termsVersion version of the terms the holder agreed to; since v1
 * @param windowClosesAt when the renewal window of {@code fiscalYear} closes as it stood at the application:
 *                       every step, the fee included, is due before it (rules Q5, F3); null in renewals applied
 *                       before it was carried; since v1.1 (optional, added later)
 * @param countedPoints  the counted total of the fiscal year before {@code fiscalYear} (rule Q3) the application was
 *                       granted on, as points-service answered when it locked that year (P4); since v1.2 (absent in
 *                       older events)
 * @param ledgerSequence the position in the member's point ledger ({@code ledgerSequence} of the points events) that
 *                       total reflects; null for a member without a ledger; since v1.2 (absent in older events)
 */
public record RenewalApplied(
        UUID eventId,
        Instant occurredAt,
        String memberId,
        String renewalId,
        int fiscalYear,
        BigDecimal feeAmount,
        String currency,
        boolean feeWaived,
        String termsVersion,
        Instant windowClosesAt,
        BigDecimal countedPoints,
        Long ledgerSequence) {

    public RenewalApplied {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(renewalId, "renewalId");
        Objects.requireNonNull(feeAmount, "feeAmount");
    }
}
