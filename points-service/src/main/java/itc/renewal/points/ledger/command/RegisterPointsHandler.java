package itc.renewal.points.ledger.command;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.points.catalogue.CategoryCatalogues;
import itc.renewal.points.ledger.api.AssociationRegistration;
import itc.renewal.points.ledger.api.PointsRegistration;
import itc.renewal.points.ledger.api.RegisterAssociationPointsCommand;
import itc.renewal.points.ledger.api.RegisterPointsCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Looks up the catalogue of the activity date's fiscal year (P2) and hands it, with today's date,
 * to the member's ledger: the catalogue is operator-maintained data, so the ledger must not read it
 * itself if replaying and testing it are to stay deterministic.
 */
@Component
class RegisterPointsHandler {

    private final Repository<PointLedger> ledgers;
    private final CategoryCatalogues catalogues;
    private final BusinessClock clock;

    RegisterPointsHandler(Repository<PointLedger> ledgers, CategoryCatalogues catalogues, BusinessClock clock) {
        this.ledgers = ledgers;
        this.catalogues = catalogues;
        this.clock = clock;
    }

    @CommandHandler
    PointsRegistration handle(RegisterPointsCommand command) throws Exception {
        LocalDate today = clock.today();
        var catalogue = catalogues.forFiscalYear(ActivityDate.catalogueYear(command.activityDate(), today));
        return ledgers.loadOrCreate(command.memberId(), PointLedger::new)
                .invoke(ledger -> ledger.register(command, catalogue, today));
    }

    @CommandHandler
    AssociationRegistration handle(RegisterAssociationPointsCommand command) throws Exception {
        LocalDate today = clock.today();
        var catalogue = catalogues.forFiscalYear(ActivityDate.catalogueYear(command.activityDate(), today));
        return ledgers.loadOrCreate(command.memberId(), PointLedger::new)
                .invoke(ledger -> ledger.registerForAssociation(command, catalogue, today));
    }
}
