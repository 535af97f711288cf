package itc.renewal.payment.reconciliation.command;

import itc.renewal.payment.reconciliation.api.RecordStatementImportCommand;
import itc.renewal.payment.reconciliation.api.StatementImportResult;
import itc.renewal.payment.reconciliation.api.StatementImportedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One imported statement file, by its SHA-256 (rule F3): recorded once, answered with its first result after. */
@Aggregate
class BankStatementImport {

    @AggregateIdentifier
    private String importId;
    private StatementImportedEvent imported;

    BankStatementImport() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    StatementImportResult handle(RecordStatementImportCommand command) {
        if (imported != null) {
            return StatementImportResult.of(imported, true);
        }
        apply(new StatementImportedEvent(command.importId(), command.operatorId(), command.importedAt(),
                command.lines()));
        return StatementImportResult.of(imported, false);
    }

    @EventSourcingHandler
    void on(StatementImportedEvent event) {
        importId = event.importId();
        imported = event;
    }
}
