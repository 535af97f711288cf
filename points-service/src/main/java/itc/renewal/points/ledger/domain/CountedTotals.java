package itc.renewal.points.ledger.domain;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.points.ledger.api.CountedTotalView;

/**
 * The consistent counted total of a member and fiscal year (rule P5): it includes every registration whose
 * command has returned, unlike the projections that other services feed from Kafka.
 */
public interface CountedTotals {

    CountedTotalView of(String memberId, FiscalYear year);
}
