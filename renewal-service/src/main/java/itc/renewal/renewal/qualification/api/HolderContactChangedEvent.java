package itc.renewal.renewal.qualification.api;

import java.time.Instant;

/** Rule Q1: an import changed a registered holder's name or e-mail; carries the whole contact as it is now. */
public record HolderContactChangedEvent(String memberId, String name, String nameKana, String email,
                                        String certificationNumber, Instant changedAt) {
}
