package itc.renewal.renewal.procedure.domain;

import itc.renewal.platform.clock.FiscalYear;

import java.time.Instant;

/**
 * The settings in force for a fiscal year: those an operator stored, else the configured defaults.
 * Read at every decision, so a change applies without a deploy.
 */
@FunctionalInterface
public interface RenewalSettings {

    FiscalYearSettings forFiscalYear(FiscalYear year);

    /** When the window of {@code year} closes (exclusive) as the settings stand now (Q5). */
    default Instant windowClosesAt(FiscalYear year) {
        return forFiscalYear(year).window().closesAt().toInstant();
    }
}
