package itc.renewal.renewal.qualification.api;

import java.time.Instant;

/**
 * Rule Q1: the registry took a holder in; the gateway opens their member account from the published fact, and
 * points-service learns from when the holder's points count (P6). {@code certifiedIn} is 認定年月 as yyyy-MM; null
 * in events stored before it was carried.
 */
public record HolderRegisteredEvent(String memberId, String name, String nameKana, String email,
                                    String certificationNumber, String certifiedIn, Instant registeredAt) {
}
