package itc.renewal.points.ledger.api;

/**
 * The member applied for the renewal of {@code renewalFiscalYear}, so the points of {@code fiscalYear}
 * (its previous year, rule Q3) are locked against the member's changes (rule P4). Recorded once per year.
 */
public record PointsFiscalYearLockedEvent(String memberId, int fiscalYear, int renewalFiscalYear) {
}
