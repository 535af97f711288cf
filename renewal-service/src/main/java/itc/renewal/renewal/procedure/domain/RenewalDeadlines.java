package itc.renewal.renewal.procedure.domain;

import java.time.Instant;

/**
 * Durable deadlines of renewals, kept in PostgreSQL and fired by business time (D2): they survive
 * restarts and fire exactly once however many instances run. Scheduling the same deadline twice
 * (same renewal, kind and label) keeps the first, so a replayed saga event schedules nothing new.
 */
public interface RenewalDeadlines {

    void schedule(String renewalId, DeadlineKind kind, Instant dueAt, String label);

    /** Drops the renewal's deadlines that have not fired yet. */
    void cancelAll(String renewalId);
}
