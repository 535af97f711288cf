package itc.renewal.renewal.procedure.query;

import itc.renewal.renewal.procedure.api.RenewalDetailView;

import java.math.BigDecimal;
import java.util.Optional;

import static itc.renewal.renewal.procedure.RenewalTestData.APRIL_10;
import static itc.renewal.renewal.procedure.RenewalTestData.FY2027;
import static itc.renewal.renewal.procedure.RenewalTestData.POLICY;
import static itc.renewal.renewal.procedure.RenewalTestData.payingHolder;

/** Detail views built by the real assembler, for tests outside this package. */
public final class RenewalDetailsFixture {

    private RenewalDetailsFixture() {
    }

    public static RenewalDetailView notApplied() {
        return RenewalDetails.of(payingHolder(), POLICY.defaultsFor(FY2027), POLICY.points(), Optional.empty(),
                BigDecimal.TEN, APRIL_10);
    }
}
