package itc.renewal.renewal.eligibility.domain;

import itc.renewal.platform.clock.FiscalYear;

import java.util.Optional;

/**
 * Port to points-service's consistent counted total (rule P5): unlike {@link CountedPoints}, fed by Kafka,
 * it already includes a registration whose request has just returned. Empty when points-service could not
 * answer (down, slow, error): callers then fall back to {@link CountedPoints}.
 */
public interface PointsTotals {

    Optional<CountedPointsReported> countedTotal(String memberId, FiscalYear year);
}
