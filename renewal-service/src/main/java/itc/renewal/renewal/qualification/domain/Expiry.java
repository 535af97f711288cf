package itc.renewal.renewal.qualification.domain;

import itc.renewal.platform.clock.FiscalYear;

import java.time.LocalDate;
import java.time.Month;

/**
 * Rule Q2: a qualification certified or renewed in fiscal year N is valid until 31 May N+1, which
 * leaves the renewal window of FY N+1 to renew it.
 */
public final class Expiry {

    private Expiry() {
    }

    public static LocalDate afterFiscalYear(FiscalYear year) {
        return LocalDate.of(year.year() + 1, Month.MAY, 31);
    }

    /** A renewal completed in FY M sets the expiry to 31 May M+1. */
    public static LocalDate afterRenewalIn(FiscalYear renewalYear) {
        return afterFiscalYear(renewalYear);
    }
}
