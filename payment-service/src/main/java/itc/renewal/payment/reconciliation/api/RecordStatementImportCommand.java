package itc.renewal.payment.reconciliation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Records an imported statement file with what each credit did (rule F3); the id is the file's SHA-256, so the same
 * file imported again is recognised and answered with its first result.
 */
public record RecordStatementImportCommand(
        @TargetAggregateIdentifier String importId,
        String operatorId,
        Instant importedAt,
        List<ReconciledLine> lines) {

    public RecordStatementImportCommand {
        Objects.requireNonNull(importId, "importId");
        Objects.requireNonNull(operatorId, "operatorId");
        lines = List.copyOf(lines);
    }
}
