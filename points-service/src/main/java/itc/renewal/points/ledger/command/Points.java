package itc.renewal.points.ledger.command;

import itc.renewal.platform.problem.Rejection;

import java.math.BigDecimal;

/** Points of one entry: positive, at most 100, in half-point steps (rules P2, P6). Kept with one decimal. */
record Points(BigDecimal value) {

    /** Far above any real activity; a larger figure is a typing error. */
    static final BigDecimal MAX = new BigDecimal("100");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    static Points of(BigDecimal points) {
        if (points == null) {
            throw Rejection.badInput("points.points-missing", "ポイントを入力してください。");
        }
        String given = points.stripTrailingZeros().toPlainString();
        if (points.signum() <= 0) {
            throw Rejection.badInput("points.points-not-positive",
                    "ポイントは0より大きい値を入力してください（入力値: " + given + "）。");
        }
        if (points.compareTo(MAX) > 0) {
            throw Rejection.badInput("points.points-too-large",
                    "1件のポイントは100ポイント以下で入力してください（入力値: " + given + "）。");
        }
        if (points.multiply(TWO).stripTrailingZeros().scale() > 0) {
            throw Rejection.badInput("points.points-not-half-step",
                    "ポイントは0.5ポイント単位で入力してください（入力値: " + given + "）。");
        }
        return new Points(points.setScale(1));
    }
}
