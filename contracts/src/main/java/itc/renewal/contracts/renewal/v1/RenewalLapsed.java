package itc.renewal.contracts.renewal.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The renewal window closed with the renewal incomplete (rule C3): the qualification lapses (失効) and
 * ends at its current expiry (rule Q6).
 *
 * @param eventId    idempotency key for consumers; since v1
 * @param occurredAt when the renewal lapsed, i.e. the window's end (business time); since v1
 * @param memberId   the holder's member id, also the Kafka key; since v1
 * @param renewalId  id of the renewal that was not completed; since v1
 * @param fiscalYear fiscal year (年度) whose renewal lapsed; since v1
 * @param expiredOn  the 資格有効期限 at which the qualification ends; since v1
 * @param applied    whether the holder had applied for this renewal (false: never applied in the window);
 *                   since v1.1 (absent in older events, which were all applied renewals)
 */
public record RenewalLapsed(
        UUID eventId,
        Instant occurredAt,
        String memberId,
        String renewalId,
        int fiscalYear,
        LocalDate expiredOn,
        Boolean applied) {

    public RenewalLapsed {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(renewalId, "renewalId");
        Objects.requireNonNull(expiredOn, "expiredOn");
    }
}
