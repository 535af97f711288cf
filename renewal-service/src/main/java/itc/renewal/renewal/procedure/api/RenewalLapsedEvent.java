package itc.renewal.renewal.procedure.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Rules C3, Q6: the window closed at {@code lapsedAt} with the renewal incomplete; the qualification ends on
 * {@code expiredOn}. {@code applied} tells an applied renewal that was not completed (true) from a holder who
 * never applied in the window (false).
 * <p>
 * Revision 2 added {@code applied}; revision 1 events (stored without a revision) read it as null, which means
 * applied: before revision 2 only applied renewals had deadlines that lapsed them.
 */
@Revision("2")
public record RenewalLapsedEvent(String renewalId, String memberId, int fiscalYear, LocalDate expiredOn,
                                 Instant lapsedAt, Boolean applied) {

    /** Whether the holder had applied; null (revision 1) counts as applied. */
    public boolean wasApplied() {
        return !Boolean.FALSE.equals(applied);
    }
}
