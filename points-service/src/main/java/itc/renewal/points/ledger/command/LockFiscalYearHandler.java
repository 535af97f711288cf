package itc.renewal.points.ledger.command;

import itc.renewal.points.ledger.api.FiscalYearLock;
import itc.renewal.points.ledger.api.LockFiscalYearCommand;
import itc.renewal.points.ledger.api.LockFiscalYearForRenewalCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Locks a fiscal year of a member's ledger (P4). */
@Component
class LockFiscalYearHandler {

    private final Repository<PointLedger> ledgers;

    LockFiscalYearHandler(Repository<PointLedger> ledgers) {
        this.ledgers = ledgers;
    }

    /** The renewal was applied: a member who never registered anything gets a ledger for the lock. */
    @CommandHandler
    void handle(LockFiscalYearCommand command) throws Exception {
        ledgers.loadOrCreate(command.memberId(), PointLedger::new).execute(ledger -> ledger.lock(command));
    }

    /** Before the application: a member without a ledger counts nothing, so is refused without creating one. */
    @CommandHandler
    FiscalYearLock handle(LockFiscalYearForRenewalCommand command) {
        Aggregate<PointLedger> ledger;
        try {
            ledger = ledgers.load(command.memberId());
        } catch (AggregateNotFoundException noLedger) {
            return FiscalYearLock.withoutLedger(command.memberId(), command.fiscalYear());
        }
        return ledger.invoke(found -> found.lockForRenewal(command));
    }
}
