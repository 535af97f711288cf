package itc.renewal.renewal.renewal.query;

import itc.renewal.renewal.renewal.api.RenewalDetailView;

import java.math.BigDecimal;
import java.util.Optional;

import static itc.renewal.renewal.renewal.RenewalTestData.APRIL_10;
import static itc.renewal.renewal.renewal.RenewalTestData.FY2027;
import static itc.renewal.renewal.renewal.RenewalTestData.POLICY;
import static itc.renewal.renewal.renewal.RenewalTestData.payingHolder;

/** Detail views built by the real assembler, for tests outside this package. */
public final class RenewalDetailsFixture {

    private RenewalDetailsFixture() {
    }

    public static RenewalDetailView notApplied() {
        return RenewalDetails.of(payingHolder(), POLICY.defaultsFor(FY2027), POLICY.points(), Optional.empty(),
                BigDecimal.TEN, APRIL_10);
    }
}
