package itc.renewal.points.ledger.command;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.points.catalogue.CategoryCatalogues;
import itc.renewal.points.certification.Certifications;
import itc.renewal.points.ledger.api.AssociationRegistration;
import itc.renewal.points.ledger.api.PointsRegistration;
import itc.renewal.points.ledger.api.RegisterAssociationPointsCommand;
import itc.renewal.points.ledger.api.RegisterPointsCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Looks up the catalogue of the activity date's fiscal year (P2) and the member's countable dates (today and their
 * 認定年月, P6) and hands them to the member's ledger: both are data from outside the ledger, so it must not read
 * them itself if replaying and testing it are to stay deterministic.
 */
@Component
class RegisterPointsHandler {

    private final Repository<PointLedger> ledgers;
    private final CategoryCatalogues catalogues;
    private final MemberDates dates;

    RegisterPointsHandler(Repository<PointLedger> ledgers, CategoryCatalogues catalogues, BusinessClock clock,
                          Certifications certifications) {
        this.ledgers = ledgers;
        this.catalogues = catalogues;
        this.dates = new MemberDates(clock, certifications);
    }

    @CommandHandler
    PointsRegistration handle(RegisterPointsCommand command) throws Exception {
        CountableDates countable = dates.of(command.memberId());
        var catalogue = catalogues.forFiscalYear(ActivityDate.catalogueYear(command.activityDate(), countable));
        return ledgers.loadOrCreate(command.memberId(), PointLedger::new)
                .invoke(ledger -> ledger.register(command, catalogue, countable));
    }

    @CommandHandler
    AssociationRegistration handle(RegisterAssociationPointsCommand command) throws Exception {
        CountableDates countable = dates.of(command.memberId());
        var catalogue = catalogues.forFiscalYear(ActivityDate.catalogueYear(command.activityDate(), countable));
        return ledgers.loadOrCreate(command.memberId(), PointLedger::new)
                .invoke(ledger -> ledger.registerForAssociation(command, catalogue, countable));
    }
}
