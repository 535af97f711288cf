package itc.renewal.contracts.holders.v1;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A registered holder's name or e-mail changed (a registry import, rule Q1): consumers that write to the holder
 * use the new contact from now on. Carries the whole contact, so the compacted holders topic keeps it current;
 * erasure by tombstone is not published yet.
 *
 * @param eventId             idempotency key for consumers; since v1
 * @param occurredAt          when the registry took the change in (business time); since v1
 * @param memberId            the holder's member id, also the Kafka key; since v1
 * @param name                name in kanji as registered; since v1
 * @param nameKana            name in katakana; since v1
 * @param email               e-mail address the association writes to; since v1
 * @param certificationNumber 認定番号; since v1
 * @param certifiedIn         認定年月 as {@code yyyy-MM}, the month the holder was first certified: practice points
 *                            dated before it are not theirs to count (rule P6); since v1.1 (optional: absent in
 *                            older events)
 */
public record HolderContactChanged(
        UUID eventId,
        Instant occurredAt,
        String memberId,
        String name,
        String nameKana,
        String email,
        String certificationNumber,
        String certifiedIn) {

    public HolderContactChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(email, "email");
    }
}
