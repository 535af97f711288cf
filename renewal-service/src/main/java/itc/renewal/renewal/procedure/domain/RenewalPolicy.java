package itc.renewal.renewal.procedure.domain;

import itc.renewal.platform.clock.FiscalYear;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * The configured parameters of renewal: the standard fee and terms, the points requirement and the
 * per-FY exceptions (a moved window, another fee). Plain data, built from {@code renewal.*}; they are
 * the defaults of a fiscal year for which operators stored no settings ({@link RenewalSettings}).
 */
public record RenewalPolicy(BigDecimal standardFee, Terms terms, PointsRequirement points,
                            Map<FiscalYear, RenewalWindow> windows, Map<FiscalYear, BigDecimal> fees) {

    public RenewalPolicy {
        Objects.requireNonNull(standardFee, "standardFee");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(points, "points");
        windows = Map.copyOf(windows);
        fees = Map.copyOf(fees);
    }

    public static RenewalPolicy standard(BigDecimal fee, Terms terms) {
        return new RenewalPolicy(fee, terms, PointsRequirement.STANDARD, Map.of(), Map.of());
    }

    public RenewalWindow windowFor(FiscalYear year) {
        return windows.getOrDefault(year, RenewalWindow.standard(year));
    }

    public FiscalYearSettings defaultsFor(FiscalYear year) {
        return new FiscalYearSettings(windowFor(year), fees.getOrDefault(year, standardFee), terms);
    }
}
