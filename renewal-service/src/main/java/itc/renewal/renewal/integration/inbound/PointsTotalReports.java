package itc.renewal.renewal.integration.inbound;

import itc.renewal.contracts.points.v1.PointsEntryCorrected;
import itc.renewal.contracts.points.v1.PointsEntryWithdrawn;
import itc.renewal.contracts.points.v1.PointsRegistered;
import itc.renewal.renewal.eligibility.domain.CountedPointsReported;

import java.util.List;

/**
 * The counted totals (Q3) each points event reports, one per fiscal year it touched. Every event carries
 * whole totals after the change, so a registration, correction or withdrawal is recorded the same way;
 * the projection keeps the report of the highest ledger sequence, also when a total went down (P3).
 */
final class PointsTotalReports {

    private PointsTotalReports() {
    }

    static List<CountedPointsReported> of(PointsRegistered registered) {
        return List.of(new CountedPointsReported(registered.memberId(), registered.fiscalYear(),
                registered.fiscalYearCountedTotal(), registered.occurredAt(), registered.ledgerSequence()));
    }

    /** A correction that moved the entry to another FY changed two totals; both rows get the same sequence. */
    static List<CountedPointsReported> of(PointsEntryCorrected corrected) {
        CountedPointsReported current = new CountedPointsReported(corrected.memberId(), corrected.fiscalYear(),
                corrected.fiscalYearCountedTotal(), corrected.occurredAt(), corrected.ledgerSequence());
        if (corrected.previousFiscalYear() == corrected.fiscalYear()) {
            return List.of(current);
        }
        return List.of(current, new CountedPointsReported(corrected.memberId(), corrected.previousFiscalYear(),
                corrected.previousFiscalYearCountedTotal(), corrected.occurredAt(), corrected.ledgerSequence()));
    }

    static List<CountedPointsReported> of(PointsEntryWithdrawn withdrawn) {
        return List.of(new CountedPointsReported(withdrawn.memberId(), withdrawn.fiscalYear(),
                withdrawn.fiscalYearCountedTotal(), withdrawn.occurredAt(), withdrawn.ledgerSequence()));
    }
}
