package itc.renewal.points.catalogue.web;

import itc.renewal.platform.problem.Rejection;
import itc.renewal.points.catalogue.CategoryUnit;
import itc.renewal.points.catalogue.PointCategory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** Body of PUT /api/operator/points/catalogue/{fy}/{code}: one category of a fiscal year (P2). */
record CategoryRequest(
        @NotBlank(message = "カテゴリ名を入力してください") @Size(max = 100, message = "カテゴリ名は100文字以内で入力してください")
        String nameJa,
        @NotNull(message = "単位（POINTS または HOURS）を指定してください") CategoryUnit unit,
        @DecimalMin(value = "0", inclusive = false, message = "1ポイントあたりの時間数は0より大きい値を入力してください")
        @DecimalMax(value = "100", message = "1ポイントあたりの時間数は100時間以下で入力してください")
        @Digits(integer = 3, fraction = 1, message = "1ポイントあたりの時間数は0.1時間単位で入力してください")
        BigDecimal hoursPerPoint,
        @DecimalMin(value = "0", inclusive = false, message = "年度上限は0より大きい値を入力してください（上限なしは null）")
        @DecimalMax(value = "1000", message = "年度上限は1000ポイント以下で入力してください")
        BigDecimal capPerFiscalYear,
        @NotNull(message = "会員が登録できるか（memberRegistrable）を指定してください") Boolean memberRegistrable) {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** The checks that span fields; each refusal names what to change. */
    PointCategory toCategory(String code) {
        if (unit == CategoryUnit.HOURS && hoursPerPoint == null) {
            throw Rejection.badInput("points.catalogue-hours-per-point-missing",
                    "時間数で登録するカテゴリ（HOURS）には、1ポイントあたりの時間数（hoursPerPoint）を入力してください。");
        }
        if (unit == CategoryUnit.POINTS && hoursPerPoint != null) {
            throw Rejection.badInput("points.catalogue-hours-per-point-not-accepted",
                    "ポイントで登録するカテゴリ（POINTS）には、1ポイントあたりの時間数（hoursPerPoint）を指定できません。");
        }
        if (capPerFiscalYear != null && capPerFiscalYear.multiply(TWO).stripTrailingZeros().scale() > 0) {
            throw Rejection.badInput("points.catalogue-cap-not-half-step",
                    "年度上限は0.5ポイント単位で入力してください（入力値: "
                            + capPerFiscalYear.stripTrailingZeros().toPlainString() + "）。");
        }
        return new PointCategory(code, nameJa.strip(), unit, hoursPerPoint == null ? null : hoursPerPoint.setScale(1),
                capPerFiscalYear == null ? null : capPerFiscalYear.setScale(1), memberRegistrable);
    }
}
