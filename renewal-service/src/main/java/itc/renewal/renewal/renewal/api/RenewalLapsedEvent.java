package itc.renewal.renewal.renewal.api;

import java.time.Instant;
import java.time.LocalDate;

/** Rules C3, Q6: the window closed at {@code lapsedAt} with the renewal incomplete; the qualification ends on {@code expiredOn}. */
public record RenewalLapsedEvent(String renewalId, String memberId, int fiscalYear, LocalDate expiredOn,
                                 Instant lapsedAt) {
}
