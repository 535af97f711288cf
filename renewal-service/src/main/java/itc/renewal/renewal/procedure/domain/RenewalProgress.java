package itc.renewal.renewal.procedure.domain;

import itc.renewal.renewal.procedure.api.RenewalStep;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule C1 for an applied renewal: it completes once the fee is settled (paid, or waived at
 * application) and the activity report is submitted, in either order.
 */
public record RenewalProgress(boolean feeSettled, boolean reportSubmitted) {

    public static RenewalProgress applied(boolean feeWaived) {
        return new RenewalProgress(feeWaived, false);
    }

    public RenewalProgress withFeePaid() {
        return new RenewalProgress(true, reportSubmitted);
    }

    public RenewalProgress withReportSubmitted() {
        return new RenewalProgress(feeSettled, true);
    }

    public boolean readyToComplete() {
        return feeSettled && reportSubmitted;
    }

    public List<RenewalStep> missing() {
        List<RenewalStep> missing = new ArrayList<>();
        if (!feeSettled) {
            missing.add(RenewalStep.FEE_PAYMENT);
        }
        if (!reportSubmitted) {
            missing.add(RenewalStep.ACTIVITY_REPORT);
        }
        return List.copyOf(missing);
    }
}
