package itc.renewal.renewal.renewal.api;

import itc.renewal.platform.clock.FiscalYear;

/**
 * The settings in force for a fiscal year: those an operator stored, else the configured defaults.
 * Read at every decision, so a change applies without a deploy.
 */
@FunctionalInterface
public interface RenewalSettings {

    FiscalYearSettings forFiscalYear(FiscalYear year);
}
