package itc.renewal.renewal.eligibility.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * points-service reported a member's counted total (caps applied) of one fiscal year as of
 * {@code occurredAt}. {@code ledgerSequence} orders the reports of one member (the position of the change
 * in their ledger); it is null in events published before points-service sent it.
 */
public record CountedPointsReported(String memberId, int fiscalYear, BigDecimal countedTotal, Instant occurredAt,
                                    Long ledgerSequence) {

    public CountedPointsReported {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(countedTotal, "countedTotal");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
