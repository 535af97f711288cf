package itc.renewal.points.ledger.api;

import java.math.BigDecimal;

/** What the ledger answers to a {@link WithdrawPointsEntryCommand}: the year's counted total after it. */
public record EntryWithdrawal(String entryId, int fiscalYear, BigDecimal fiscalYearCountedTotal) {
}
