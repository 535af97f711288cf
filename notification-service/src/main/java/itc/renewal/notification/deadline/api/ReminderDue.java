package itc.renewal.notification.deadline.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Rule C2: a reminder due to the holder of an incomplete renewal, naming what is still missing ({@code missingSteps}, e.g.
 * {@code FEE_PAYMENT}) before the window closes at {@code windowClosesAt} (exclusive). {@code holderName} and
 * {@code email} are null in events published before they were carried: then only the notice is published.
 */
public record ReminderDue(String renewalId, String memberId, int fiscalYear, List<String> missingSteps,
                                   Instant windowClosesAt, String holderName, String email) {

    public ReminderDue {
        Objects.requireNonNull(renewalId, "renewalId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(windowClosesAt, "windowClosesAt");
        missingSteps = List.copyOf(missingSteps);
    }
}
