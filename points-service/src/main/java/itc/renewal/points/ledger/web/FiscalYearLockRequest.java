package itc.renewal.points.ledger.web;

import itc.renewal.platform.problem.Rejection;
import itc.renewal.points.ledger.api.LockFiscalYearForRenewalCommand;

import java.math.BigDecimal;

/**
 * Body of POST /internal/points/{memberId}/fiscal-year-locks, sent by renewal-service before it records an
 * application (P4): {@code {"fiscalYear":2026,"renewalFiscalYear":2027,"requiredPoints":10}}. Every field is
 * checked here with a specific {@link Rejection}, as the caller is a service whose defects should read plainly.
 */
record FiscalYearLockRequest(Integer fiscalYear, Integer renewalFiscalYear, BigDecimal requiredPoints) {

    LockFiscalYearForRenewalCommand command(String memberId) {
        if (fiscalYear == null) {
            throw Rejection.badInput("points.fiscal-year-invalid", "年度を指定してください。");
        }
        FiscalYears.requested(fiscalYear);
        if (renewalFiscalYear == null || renewalFiscalYear != fiscalYear + 1) {
            throw Rejection.badInput("points.renewal-fiscal-year-invalid",
                    "更新年度には年度の翌年度を指定してください（年度: " + fiscalYear + "、更新年度: " + renewalFiscalYear + "）。");
        }
        if (requiredPoints == null || requiredPoints.signum() <= 0 || requiredPoints.stripTrailingZeros().scale() > 1) {
            throw Rejection.badInput("points.required-points-invalid",
                    "必要ポイントは0より大きく、小数点以下1桁までの値で指定してください（指定値: "
                            + (requiredPoints == null ? "なし" : requiredPoints.toPlainString()) + "）。");
        }
        return new LockFiscalYearForRenewalCommand(memberId, fiscalYear, renewalFiscalYear, requiredPoints);
    }
}
