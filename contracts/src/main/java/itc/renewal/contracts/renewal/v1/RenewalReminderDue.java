package itc.renewal.contracts.renewal.v1;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A reminder deadline before the window closes found a renewal still incomplete (rule C2); it names
 * what the holder still has to do.
 *
 * @param eventId        idempotency key for consumers; since v1
 * @param occurredAt     when the reminder fell due (business time); since v1
 * @param memberId       the holder's member id, also the Kafka key; since v1
 * @param renewalId      id of the renewal; since v1
 * @param fiscalYear     fiscal year (年度) being renewed; since v1
 * @param missingSteps   the steps still missing, any of {@code FEE_PAYMENT}, {@code ACTIVITY_REPORT};
 *                       consumers ignore values they do not know; since v1
 * @param windowClosesAt when the renewal window closes (exclusive); an incomplete renewal lapses then (rule Q6); since v1
 */
public record RenewalReminderDue(
        UUID eventId,
        Instant occurredAt,
        String memberId,
        String renewalId,
        int fiscalYear,
        List<String> missingSteps,
        Instant windowClosesAt) {

    public RenewalReminderDue {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(renewalId, "renewalId");
        missingSteps = List.copyOf(missingSteps);
    }
}
