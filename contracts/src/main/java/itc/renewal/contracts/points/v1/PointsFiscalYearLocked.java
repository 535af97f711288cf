package itc.renewal.contracts.points.v1;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The member applied for a renewal, so the points of the fiscal year before it are locked against the member's own
 * changes (rule P4); recorded once per year. With it every change of the member's ledger is on the topic: the
 * {@code ledgerSequence} of the points events of one member runs 0, 1, 2, … without gaps.
 *
 * @param eventId           idempotency key for consumers; since v1
 * @param occurredAt        when the year was locked; since v1
 * @param memberId          the holder's member id, also the Kafka key; since v1
 * @param fiscalYear        the fiscal year (年度) whose points are locked; since v1
 * @param renewalFiscalYear the fiscal year of the renewal applied for (fiscalYear + 1); since v1
 * @param ledgerSequence    position of this change in the member's ledger; since v1
 */
public record PointsFiscalYearLocked(
        UUID eventId,
        Instant occurredAt,
        String memberId,
        int fiscalYear,
        int renewalFiscalYear,
        long ledgerSequence) {

    public PointsFiscalYearLocked {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(memberId, "memberId");
    }
}
