package itc.renewal.contracts.points.v1;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A member withdrew one of their own entries (rule P3): it no longer counts, and the fiscal year's
 * counted total may drop. The entry's history stays in points-service.
 *
 * @param eventId                idempotency key for consumers; since v1
 * @param occurredAt             when the withdrawal was recorded; since v1
 * @param memberId               the holder's member id, also the Kafka key; since v1
 * @param entryId                id of the withdrawn entry (as in PointsRegistered); since v1
 * @param fiscalYear             fiscal year (年度) the entry counted for; since v1
 * @param fiscalYearCountedTotal the member's counted total (caps applied) of {@code fiscalYear} after
 *                               the withdrawal; since v1
 * @param ledgerSequence         position of this change in the member's ledger; since v1
 */
public record PointsEntryWithdrawn(
        UUID eventId,
        Instant occurredAt,
        String memberId,
        String entryId,
        int fiscalYear,
        BigDecimal fiscalYearCountedTotal,
        long ledgerSequence) {

    public PointsEntryWithdrawn {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(fiscalYearCountedTotal, "fiscalYearCountedTotal");
    }
}
