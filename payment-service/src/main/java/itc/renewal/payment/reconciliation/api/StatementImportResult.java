package itc.renewal.payment.reconciliation.api;

import java.time.Instant;
import java.util.List;

/**
 * What an import did, as the operator reads it: how many credits, how many paid an order, and every credit that
 * needs the operator (short, over, duplicate, after the lapse, other method, unmatched, cancellation).
 *
 * @param alreadyImported the same file was imported before (at {@code importedAt}); this import changed nothing
 */
public record StatementImportResult(String importId, boolean alreadyImported, Instant importedAt, int credits,
                                    int paid, List<ReconciledLine> attention) {

    public static StatementImportResult of(StatementImportedEvent imported, boolean again) {
        List<ReconciledLine> attention = imported.lines().stream().filter(l -> l.outcome().needsAttention()).toList();
        int paid = (int) imported.lines().stream().filter(l -> l.outcome() == LineOutcome.PAID).count();
        return new StatementImportResult(imported.importId(), again, imported.importedAt(), imported.lines().size(),
                paid, attention);
    }
}
