package itc.renewal.points.ledger.api;

import java.math.BigDecimal;

/** What the ledger answers to a {@link RegisterPointsCommand}. */
public record PointsRegistration(String entryId, int fiscalYear, BigDecimal points, BigDecimal fiscalYearCountedTotal) {
}
