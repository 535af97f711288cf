package itc.renewal.contracts.points.v1;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A member's practice-point entry was registered (rule P1).
 *
 * @param eventId                idempotency key for consumers; since v1
 * @param occurredAt             when the entry was recorded; since v1
 * @param memberId               the holder's member id, also the Kafka key; since v1
 * @param entryId                id of the ledger entry; since v1
 * @param activityDate           date of the activity, Japan time; since v1
 * @param fiscalYear             fiscal year (年度) the points count for (rule D1); since v1
 * @param category               category code of the catalogue; since v1
 * @param points                 points of this entry, in half-point steps; since v1
 * @param fiscalYearCountedTotal the member's total for {@code fiscalYear} after this entry, caps
 *                               applied: the figure that counts for renewal (rule Q3); since v1
 * @param ledgerSequence         position of this change in the member's ledger, increasing by one per
 *                               change: a consumer keeps the total of the highest sequence it saw;
 *                               since v1.1 (optional: absent in older events)
 */
public record PointsRegistered(
        UUID eventId,
        Instant occurredAt,
        String memberId,
        String entryId,
        LocalDate activityDate,
        int fiscalYear,
        String category,
        BigDecimal points,
        BigDecimal fiscalYearCountedTotal,
        Long ledgerSequence) {

    public PointsRegistered {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(fiscalYearCountedTotal, "fiscalYearCountedTotal");
    }
}
