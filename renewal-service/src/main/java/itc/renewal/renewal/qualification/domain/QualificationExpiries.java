package itc.renewal.renewal.qualification.domain;

import java.time.LocalDate;

/** What the outcome of a renewal does to the registry: Q2 moves the 資格有効期限, Q6 ends the qualification. */
public interface QualificationExpiries {

    /** Moves the expiry forward only, so replaying an older completion never shortens it. */
    void extendExpiry(String memberId, LocalDate newExpiry);

    /** Q6: the qualification ends at {@code expiredOn}; one renewed beyond it meanwhile stays active. */
    void markLapsed(String memberId, LocalDate expiredOn);
}
