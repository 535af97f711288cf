package itc.renewal.renewal.qualification.domain;

import itc.renewal.platform.clock.FiscalYear;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * 認定年月 (rule Q1) and what follows from it (rule Q2): the certification fiscal year (D1), the
 * first renewal year (the next fiscal year) and the expiry of a new certificate.
 */
public record CertifiedIn(YearMonth value) {

    public CertifiedIn {
        Objects.requireNonNull(value, "value");
    }

    public static CertifiedIn parse(String yyyyMm) {
        return new CertifiedIn(YearMonth.parse(yyyyMm));
    }

    public FiscalYear fiscalYear() {
        return FiscalYear.containing(value.atDay(1));
    }

    public FiscalYear firstRenewalYear() {
        return fiscalYear().next();
    }

    /** Q4: the first renewal is the one in the fiscal year after certification. */
    public boolean isFirstRenewal(FiscalYear renewalYear) {
        return firstRenewalYear().equals(renewalYear);
    }

    /** Q2: certified in FY N → valid until 31 May N+1. */
    public LocalDate initialExpiry() {
        return Expiry.afterFiscalYear(fiscalYear());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
