package itc.renewal.points.ledger.query;

import itc.renewal.points.ledger.domain.CapAllocation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of {@code points_entry}: an active entry with the cap recorded with it.
 *
 * @param ledgerSequence the entry's place in its fiscal year's registration order (see V5 migration)
 */
record RecordedEntry(String entryId, LocalDate activityDate, String category, String title, BigDecimal points,
                     BigDecimal hours, String note, BigDecimal categoryCap, long ledgerSequence,
                     boolean registeredByAssociation) {

    CapAllocation.Entry allocated() {
        return new CapAllocation.Entry(entryId, category, points, categoryCap);
    }
}
