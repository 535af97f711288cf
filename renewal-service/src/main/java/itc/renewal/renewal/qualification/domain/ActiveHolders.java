package itc.renewal.renewal.qualification.domain;

import itc.renewal.platform.clock.FiscalYear;

import java.util.List;
import java.util.Optional;

/**
 * The holders whose qualification is ACTIVE, by the fiscal year their expiry falls in (Q2: expiry 31 May M, the
 * renewal of FY M is due); the lapse of holders who never applied reads them (C3, Q6).
 */
public interface ActiveHolders {

    /** The fiscal year of the earliest expiry of an active holder; empty when no holder is active. */
    Optional<FiscalYear> earliestExpiryYear();

    /**
     * Active holders whose expiry falls in {@code year}, by member id, the first {@code limit} after
     * {@code afterMemberId} ("" for the start), so that a caller pages through them however many there are.
     */
    List<Holder> expiringIn(FiscalYear year, String afterMemberId, int limit);
}
