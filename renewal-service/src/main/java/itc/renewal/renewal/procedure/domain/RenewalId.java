package itc.renewal.renewal.procedure.domain;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.problem.Rejection;

import java.util.Objects;

/**
 * A renewal is identified by fiscal year and member, e.g. {@code 2027-M0000001}: the event store
 * refuses a second stream with the same id, which backs "once per FY" (rule A1).
 */
public record RenewalId(FiscalYear fiscalYear, String memberId) {

    public RenewalId {
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        Objects.requireNonNull(memberId, "memberId");
    }

    /** The fiscal year of a renewal id such as {@code 2027-M0000001}. */
    public static int fiscalYearOf(String renewalId) {
        int dash = renewalId.indexOf('-');
        if (dash <= 0) {
            throw new IllegalArgumentException("not a renewal id: " + renewalId);
        }
        return Integer.parseInt(renewalId.substring(0, dash));
    }

    public String value() {
        return fiscalYear.year() + "-" + memberId;
    }

    /** Rule A1: once per fiscal year. */
    public Rejection alreadyApplied() {
        return Rejection.conflict("renewal.already-applied", fiscalYear.year() + "年度の資格更新はすでに申請済みです。");
    }

    @Override
    public String toString() {
        return value();
    }
}
