package itc.renewal.platform.messaging.deadletter;

import java.time.Instant;
import java.util.Map;

/**
 * A record parked on a dead-letter topic after its retries, as an operator inspects it.
 *
 * @param topic      the dead-letter topic, {@code error.<topic>.<group>}
 * @param partition  its partition there
 * @param offset     its offset there: with topic and partition, the record's address
 * @param key        the member id
 * @param eventId    {@code ce_id}
 * @param type       {@code ce_type}
 * @param parkedAt   when it was parked
 * @param failure    why: the exception's message as the binder recorded it
 * @param headers    every header, as UTF-8 text (only on inspection)
 * @param payload    the record's JSON as text (only on inspection)
 */
public record DeadLetter(String topic, int partition, long offset, String key, String eventId, String type,
                         Instant parkedAt, String failure, Map<String, String> headers, String payload) {
}
