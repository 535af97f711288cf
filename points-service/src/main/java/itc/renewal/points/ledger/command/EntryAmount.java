package itc.renewal.points.ledger.command;

import itc.renewal.platform.problem.Rejection;
import itc.renewal.points.catalogue.PointCategory;

import java.math.BigDecimal;

/**
 * What an entry is worth (rules P2, P6): points for a point-based category, or hours for an
 * hour-based one, converted by the category and rounded down to the half point. Exactly one is given.
 *
 * @param hours the hours entered, one decimal; {@code null} for a point-based category
 */
record EntryAmount(Points points, BigDecimal hours) {

    /** Far above any real training in one entry; a larger figure is a typing error. */
    static final BigDecimal MAX_HOURS = new BigDecimal("200");

    static EntryAmount of(PointCategory category, BigDecimal points, BigDecimal hours) {
        if (points != null && hours != null) {
            throw Rejection.badInput("points.points-and-hours",
                    "ポイントと時間数はどちらか一方だけを入力してください（「" + category.name() + "」は"
                            + (category.hourBased() ? "時間数" : "ポイント") + "で入力します）。");
        }
        return category.hourBased() ? ofHours(category, points, hours) : ofPoints(category, points, hours);
    }

    private static EntryAmount ofPoints(PointCategory category, BigDecimal points, BigDecimal hours) {
        if (hours != null) {
            throw Rejection.badInput("points.hours-not-accepted",
                    "「" + category.name() + "」は時間数ではなくポイントで入力してください。");
        }
        return new EntryAmount(Points.of(points), null);
    }

    private static EntryAmount ofHours(PointCategory category, BigDecimal points, BigDecimal hours) {
        String rate = category.hoursPerPoint().stripTrailingZeros().toPlainString() + "時間 = 1ポイント";
        if (points != null) {
            throw Rejection.badInput("points.points-not-accepted",
                    "「" + category.name() + "」はポイントではなく時間数で入力してください（" + rate + "に換算します）。");
        }
        if (hours == null) {
            throw Rejection.badInput("points.hours-missing", "「" + category.name() + "」の時間数を入力してください。");
        }
        String given = hours.stripTrailingZeros().toPlainString();
        if (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0 || hours.stripTrailingZeros().scale() > 1) {
            throw Rejection.badInput("points.hours-invalid",
                    "時間数は0.1時間単位で、0より大きく" + MAX_HOURS + "時間以下の値を入力してください（入力値: " + given + "）。");
        }
        BigDecimal converted = category.pointsForHours(hours);
        if (converted.signum() == 0) {
            throw Rejection.badInput("points.hours-too-few",
                    "「" + category.name() + "」は" + rate + "で、0.5ポイント未満は切り捨てのため登録できません（入力値: "
                            + given + "時間）。");
        }
        return new EntryAmount(Points.of(converted), hours.setScale(1));
    }
}
