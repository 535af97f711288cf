package itc.renewal.renewal.procedure.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Rules C3, Q6 for a holder who never applied: the window of {@code fiscalYear}, in which their renewal was due,
 * closed at {@code windowClosedAt}, so the qualification ends on {@code expiredOn} (their expiry). Answers whether
 * the renewal lapsed now; a renewal that exists already (applied, or lapsed before) is left as it is.
 */
public record LapseUnappliedRenewalCommand(String memberId, int fiscalYear, LocalDate expiredOn,
                                           Instant windowClosedAt) {

    public LapseUnappliedRenewalCommand {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(expiredOn, "expiredOn");
        Objects.requireNonNull(windowClosedAt, "windowClosedAt");
    }
}
