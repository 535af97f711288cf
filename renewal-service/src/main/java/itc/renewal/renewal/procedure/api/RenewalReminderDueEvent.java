package itc.renewal.renewal.procedure.api;

import java.time.Instant;
import java.util.List;

/**
 * Rule C2: at the reminder deadline {@code label} (due at {@code dueAt}) the renewal still missed
 * {@code missing}; the window closes at {@code windowClosesAt} (exclusive).
 */
public record RenewalReminderDueEvent(String renewalId, String memberId, int fiscalYear, List<RenewalStep> missing,
                                      String label, Instant dueAt, Instant windowClosesAt) {

    public RenewalReminderDueEvent {
        missing = List.copyOf(missing);
    }
}
