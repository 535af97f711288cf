package itc.renewal.points.ledger.command;

import itc.renewal.platform.problem.Rejection;

import java.util.HashMap;
import java.util.Map;

/**
 * The fiscal years of a ledger that the member can no longer change (rule P4): a year is locked once the
 * renewal of the next year was applied, because that renewal was granted on the year's points (Q3).
 */
final class FiscalYearLocks {

    private final Map<Integer, Integer> renewalYearByLockedYear = new HashMap<>();

    boolean isLocked(int fiscalYear) {
        return renewalYearByLockedYear.containsKey(fiscalYear);
    }

    void checkOpen(int fiscalYear) {
        Integer renewalYear = renewalYearByLockedYear.get(fiscalYear);
        if (renewalYear != null) {
            throw Rejection.conflict("points.fiscal-year-locked", fiscalYear + "年度のポイントは、" + renewalYear
                    + "年度の資格更新を申請済みのため登録・変更できません。誤りがある場合は協会にお問い合わせください。");
        }
    }

    void lock(int fiscalYear, int renewalFiscalYear) {
        renewalYearByLockedYear.putIfAbsent(fiscalYear, renewalFiscalYear);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FiscalYearLocks locks && locks.renewalYearByLockedYear.equals(renewalYearByLockedYear);
    }

    @Override
    public int hashCode() {
        return renewalYearByLockedYear.hashCode();
    }
}
