package itc.renewal.points.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * One category of practice points in one fiscal year's catalogue (rule P2).
 *
 * @param code               stable code used in commands, events and the API (e.g. {@code SELF_STUDY})
 * @param name               Japanese display name
 * @param unit               points, or hours converted at {@code hoursPerPoint}
 * @param hoursPerPoint      hours that make one point; {@code null} for point-based categories
 * @param annualCap          most points of this category that count per fiscal year; {@code null} if uncapped
 * @param memberRegistrable  whether members register entries themselves; association-run training is
 *                           registered by the association only
 */
public record PointCategory(String code, String name, CategoryUnit unit, BigDecimal hoursPerPoint,
                            BigDecimal annualCap, boolean memberRegistrable) {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    public PointCategory {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        if (annualCap != null && annualCap.signum() <= 0) {
            throw new IllegalArgumentException("annual cap must be positive: " + code);
        }
        if ((unit == CategoryUnit.HOURS) != (hoursPerPoint != null)) {
            throw new IllegalArgumentException("hours per point is required exactly for hour-based categories: " + code);
        }
        if (hoursPerPoint != null && hoursPerPoint.signum() <= 0) {
            throw new IllegalArgumentException("hours per point must be positive: " + code);
        }
    }

    static PointCategory capped(String code, String name, String annualCap) {
        return new PointCategory(code, name, CategoryUnit.POINTS, null, new BigDecimal(annualCap), true);
    }

    static PointCategory uncapped(String code, String name) {
        return new PointCategory(code, name, CategoryUnit.POINTS, null, null, true);
    }

    static PointCategory associationTraining(String code, String name, String hoursPerPoint) {
        return new PointCategory(code, name, CategoryUnit.HOURS, new BigDecimal(hoursPerPoint), null, false);
    }

    public Optional<BigDecimal> cap() {
        return Optional.ofNullable(annualCap);
    }

    public boolean hourBased() {
        return unit == CategoryUnit.HOURS;
    }

    /** Hours converted to points, rounded down to the half point (3 h at 2 h/pt = 1.5; 5 h at 4 h/pt = 1.0). */
    public BigDecimal pointsForHours(BigDecimal hours) {
        if (!hourBased()) {
            throw new IllegalStateException(code + " is not hour-based");
        }
        BigDecimal halfPoints = hours.multiply(TWO).divide(hoursPerPoint, 0, RoundingMode.DOWN);
        return halfPoints.divide(TWO).setScale(1, RoundingMode.UNNECESSARY);
    }

    /** The part of a fiscal year's raw total of this category that counts for renewal. */
    public BigDecimal counted(BigDecimal rawTotal) {
        return annualCap == null ? rawTotal : rawTotal.min(annualCap);
    }

    /**
     * The part of a new entry that counts, given what of this category already counts in its fiscal
     * year: points already counted stay counted, even if the cap was lowered since.
     */
    public BigDecimal countable(BigDecimal points, BigDecimal alreadyCounted) {
        if (annualCap == null) {
            return points;
        }
        return points.min(annualCap.subtract(alreadyCounted).max(BigDecimal.ZERO)).setScale(1, RoundingMode.UNNECESSARY);
    }
}
