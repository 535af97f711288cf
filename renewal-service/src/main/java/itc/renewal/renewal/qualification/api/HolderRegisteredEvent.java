package itc.renewal.renewal.qualification.api;

import java.time.Instant;

/** Rule Q1: the registry took a holder in; the gateway opens their member account from the published fact. */
public record HolderRegisteredEvent(String memberId, String name, String nameKana, String email,
                                    String certificationNumber, Instant registeredAt) {
}
