package itc.renewal.points.catalogue;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One category of practice points (rule P2).
 *
 * @param code               stable code used in commands, events and the API (e.g. {@code SELF_STUDY})
 * @param name               Japanese display name
 * @param annualCap          most points of this category that count per fiscal year; {@code null} if uncapped
 * @param memberRegistrable  whether members register entries themselves; association-run training is
 *                           registered by the association only
 */
public record PointCategory(String code, String name, BigDecimal annualCap, boolean memberRegistrable) {

    public PointCategory {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (annualCap != null && annualCap.signum() <= 0) {
            throw new IllegalArgumentException("annual cap must be positive: " + code);
        }
    }

    static PointCategory capped(String code, String name, String annualCap) {
        return new PointCategory(code, name, new BigDecimal(annualCap), true);
    }

    static PointCategory uncapped(String code, String name) {
        return new PointCategory(code, name, null, true);
    }

    static PointCategory associationOnly(String code, String name) {
        return new PointCategory(code, name, null, false);
    }

    public Optional<BigDecimal> cap() {
        return Optional.ofNullable(annualCap);
    }

    /** The part of a fiscal year's raw total of this category that counts for renewal. */
    public BigDecimal counted(BigDecimal rawTotal) {
        return annualCap == null ? rawTotal : rawTotal.min(annualCap);
    }
}
