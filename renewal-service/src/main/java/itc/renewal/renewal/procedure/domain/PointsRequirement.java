package itc.renewal.renewal.procedure.domain;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.problem.Rejection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Rule Q3: renewing in FY M needs at least {@code minimum} counted points with activity dates in FY M−1. */
public record PointsRequirement(BigDecimal minimum) {

    public static final PointsRequirement STANDARD = new PointsRequirement(BigDecimal.TEN);

    public PointsRequirement {
        Objects.requireNonNull(minimum, "minimum");
    }

    public static FiscalYear countedYearFor(FiscalYear renewalYear) {
        return renewalYear.previous();
    }

    public boolean isMetBy(BigDecimal counted) {
        return counted.compareTo(minimum) >= 0;
    }

    public Rejection insufficient(BigDecimal counted, FiscalYear countedYear) {
        return Rejection.unprocessable("renewal.points-insufficient", "更新用ポイントが不足です（"
                + countedYear.year() + "年度の登録: " + counted.setScale(1, RoundingMode.DOWN).toPlainString()
                + " / " + minimum.stripTrailingZeros().toPlainString() + " ポイント）");
    }

    /** A1 cannot be decided without points-service's answer (P4): the member tries again later; nothing changed. */
    public static Rejection unavailable() {
        return new Rejection(503, "renewal.points-unavailable",
                "ただいま実践力ポイントを確認できないため、申請を受け付けられません。しばらくしてから再度お申し込みください。");
    }
}
