package itc.renewal.notification.deadline.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Rules C3, Q6: the renewal of {@code fiscalYear} lapsed and the qualification ended on
 * {@code expiredOn}; {@code applied} is false when they never applied in the window. {@code holderName} and
 * {@code email} are null in events published before they were carried: then only the notice is published.
 */
public record LapsedRenewal(String renewalId, String memberId, int fiscalYear, LocalDate expiredOn,
                                 boolean applied, String holderName, String email) {

    public LapsedRenewal {
        Objects.requireNonNull(renewalId, "renewalId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(expiredOn, "expiredOn");
    }
}
