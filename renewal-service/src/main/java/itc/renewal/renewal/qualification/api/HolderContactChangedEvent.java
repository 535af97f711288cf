package itc.renewal.renewal.qualification.api;

import java.time.Instant;

/**
 * Rule Q1: an import changed a registered holder's name or e-mail; carries the whole contact as it is now, and the
 * unchanging 認定年月 (yyyy-MM; null in events stored before it was carried), so the latest record of a holder on the
 * compacted topic says all a consumer needs.
 */
public record HolderContactChangedEvent(String memberId, String name, String nameKana, String email,
                                        String certificationNumber, String certifiedIn, Instant changedAt) {
}
