package itc.renewal.points.ledger.web;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.problem.Rejection;

/** A fiscal year named in a request (D1): one the calendar knows, else a specific 400 (P6). */
final class FiscalYears {

    private FiscalYears() {
    }

    static FiscalYear requested(int fiscalYear) {
        try {
            return FiscalYear.of(fiscalYear);
        } catch (IllegalArgumentException e) {
            throw Rejection.badInput("points.fiscal-year-invalid",
                    "年度は西暦4桁で指定してください（指定値: " + fiscalYear + "）。");
        }
    }
}
