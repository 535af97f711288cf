package itc.renewal.renewal.qualification.domain;

import itc.renewal.platform.clock.FiscalYear;

import java.time.Instant;
import java.time.LocalDate;

/** When the renewal window of a fiscal year closes, by the settings in force (Q5); the renewal feature answers it. */
@FunctionalInterface
public interface RenewalWindowEnds {

    Instant closesAt(FiscalYear year);

    /**
     * Q6: a qualification that expires on {@code expiry} (31 May M) and is not renewed lapses when the window of
     * FY M closes, not on the expiry date: a window extended to 30 June keeps it renewable until then.
     */
    default boolean hasLapsed(LocalDate expiry, Instant now) {
        return !now.isBefore(closesAt(FiscalYear.containing(expiry)));
    }
}
