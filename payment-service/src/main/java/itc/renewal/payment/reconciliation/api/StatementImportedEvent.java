package itc.renewal.payment.reconciliation.api;

import java.time.Instant;
import java.util.List;

/** An operator imported a bank statement file (rule F3); every credit with what it did, for the audit. */
public record StatementImportedEvent(String importId, String operatorId, Instant importedAt,
                                     List<ReconciledLine> lines) {
}
