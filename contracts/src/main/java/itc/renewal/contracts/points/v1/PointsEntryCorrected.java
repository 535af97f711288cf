package itc.renewal.contracts.points.v1;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A member corrected one of their own entries (rule P3). The entry may have moved to another fiscal
 * year (its activity date changed), so both years' counted totals are given; a correction may also lower a
 * total. Consumers keep, per member and fiscal year, the total of the highest {@code ledgerSequence}.
 *
 * @param eventId                        idempotency key for consumers; since v1
 * @param occurredAt                     when the correction was recorded; since v1
 * @param memberId                       the holder's member id, also the Kafka key; since v1
 * @param entryId                        id of the corrected entry (as in PointsRegistered); since v1
 * @param activityDate                   the activity date after the correction, Japan time; since v1
 * @param fiscalYear                     fiscal year (年度) the entry counts for after the correction; since v1
 * @param category                       category code after the correction; since v1
 * @param points                         the entry's points after the correction; since v1
 * @param fiscalYearCountedTotal         the member's counted total (caps applied) of {@code fiscalYear}
 *                                       after the correction; since v1
 * @param previousFiscalYear             fiscal year the entry counted for before the correction (equal to
 *                                       {@code fiscalYear} when the year did not change); since v1
 * @param previousFiscalYearCountedTotal counted total of {@code previousFiscalYear} after the correction;
 *                                       since v1
 * @param ledgerSequence                 position of this change in the member's ledger; since v1
 */
public record PointsEntryCorrected(
        UUID eventId,
        Instant occurredAt,
        String memberId,
        String entryId,
        LocalDate activityDate,
        int fiscalYear,
        String category,
        BigDecimal points,
        BigDecimal fiscalYearCountedTotal,
        int previousFiscalYear,
        BigDecimal previousFiscalYearCountedTotal,
        long ledgerSequence) {

    public PointsEntryCorrected {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(fiscalYearCountedTotal, "fiscalYearCountedTotal");
        Objects.requireNonNull(previousFiscalYearCountedTotal, "previousFiscalYearCountedTotal");
    }
}
