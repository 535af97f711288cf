package itc.renewal.points.ledger.command;

import itc.renewal.points.ledger.api.LockFiscalYearCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Locks a fiscal year of a member's ledger (P4); a member who never registered anything gets a ledger for it. */
@Component
class LockFiscalYearHandler {

    private final Repository<PointLedger> ledgers;

    LockFiscalYearHandler(Repository<PointLedger> ledgers) {
        this.ledgers = ledgers;
    }

    @CommandHandler
    void handle(LockFiscalYearCommand command) throws Exception {
        ledgers.loadOrCreate(command.memberId(), PointLedger::new).execute(ledger -> ledger.lock(command));
    }
}
