package itc.renewal.points.ledger.command;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.problem.Rejection;
import itc.renewal.points.catalogue.CategoryCatalogues;
import itc.renewal.points.certification.Certifications;
import itc.renewal.points.ledger.api.CorrectPointsEntryCommand;
import itc.renewal.points.ledger.api.EntryCorrection;
import itc.renewal.points.ledger.api.EntryWithdrawal;
import itc.renewal.points.ledger.api.WithdrawPointsEntryCommand;
import itc.renewal.points.ledger.domain.EntryOwners;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.function.Function;

/**
 * Corrections and withdrawals (P3) go to the caller's own ledger, with the catalogue of the corrected
 * activity date's fiscal year (P2). An entry that is not in the caller's ledger is either unknown (404) or
 * another member's (403): only the entry history knows which, so this handler asks it, not the ledger.
 */
@Component
class EditPointsEntryHandler {

    private final Repository<PointLedger> ledgers;
    private final CategoryCatalogues catalogues;
    private final EntryOwners owners;
    private final MemberDates dates;

    EditPointsEntryHandler(Repository<PointLedger> ledgers, CategoryCatalogues catalogues, EntryOwners owners,
                           BusinessClock clock, Certifications certifications) {
        this.ledgers = ledgers;
        this.catalogues = catalogues;
        this.owners = owners;
        this.dates = new MemberDates(clock, certifications);
    }

    @CommandHandler
    EntryCorrection handle(CorrectPointsEntryCommand command) {
        CountableDates countable = dates.of(command.memberId());
        var catalogue = catalogues.forFiscalYear(ActivityDate.catalogueYear(command.activityDate(), countable));
        return inOwnLedger(command.memberId(), command.entryId(),
                ledger -> ledger.correct(command, catalogue, countable));
    }

    @CommandHandler
    EntryWithdrawal handle(WithdrawPointsEntryCommand command) {
        return inOwnLedger(command.memberId(), command.entryId(), ledger -> ledger.withdraw(command));
    }

    private <R> R inOwnLedger(String memberId, String entryId, Function<PointLedger, R> change) {
        try {
            return ledgers.load(memberId).invoke(change);
        } catch (AggregateNotFoundException noLedger) {
            throw notInLedger(memberId, entryId);
        } catch (Rejection rejection) {
            throw rejection.code().equals(EntryEdit.NOT_FOUND) ? notInLedger(memberId, entryId) : rejection;
        }
    }

    private Rejection notInLedger(String memberId, String entryId) {
        return owners.ownerOf(entryId).filter(owner -> !owner.equals(memberId))
                .map(owner -> EntryEdit.ofAnotherMember()).orElseGet(() -> EntryEdit.notFound(entryId));
    }
}
