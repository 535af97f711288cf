package itc.renewal.points.imports.command;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.points.catalogue.CategoryCatalogues;
import itc.renewal.points.certification.Certifications;
import itc.renewal.points.ledger.api.AssociationRegistration;
import itc.renewal.points.ledger.api.RegisterAssociationPointsCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Imports association-registered points (P2) from an operator's CSV file: the whole file is checked
 * first and refused with every problem if any row is bad (P6). The rows then go through the ledger
 * in one database transaction (the command handling joins it), so a file is imported entirely or
 * not at all. Each row's entry id derives from the row, so importing the same rows again skips them.
 */
@Component
public class PointsImporter {

    private final CommandGateway commands;
    private final CategoryCatalogues catalogues;
    private final JdbcImportLog log;
    private final TransactionTemplate transaction;
    private final BusinessClock clock;
    private final Certifications certifications;

    PointsImporter(CommandGateway commands, CategoryCatalogues catalogues, JdbcImportLog log,
                   PlatformTransactionManager transactions, BusinessClock clock, Certifications certifications) {
        this.commands = commands;
        this.catalogues = catalogues;
        this.certifications = certifications;
        this.log = log;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public ImportOutcome importFile(String operator, byte[] content) {
        String sha256 = sha256(content);
        UUID importId = UUID.randomUUID();
        Optional<Integer> earlierRows = log.rowsOfEarlierImport(sha256);
        if (earlierRows.isPresent()) {
            // The very same file was imported already: every row is known to the ledgers.
            ImportOutcome outcome = new ImportOutcome(0, earlierRows.get(), importId);
            log.record(importId, sha256, operator, earlierRows.get(), outcome, clock.instant());
            return outcome;
        }
        List<ImportRow> rows = new ImportFileValidator(catalogues, clock.today(), certifications.all())
                .validate(content);
        return transaction.execute(status -> {
            int imported = 0;
            for (ImportRow row : rows) {
                imported += register(row) ? 1 : 0;
            }
            ImportOutcome outcome = new ImportOutcome(imported, rows.size() - imported, importId);
            log.record(importId, sha256, operator, rows.size(), outcome, clock.instant());
            return outcome;
        });
    }

    private boolean register(ImportRow row) {
        AssociationRegistration registration = commands.sendAndWait(new RegisterAssociationPointsCommand(
                row.memberId(), row.entryId(), row.activityDate(), row.category(), row.title(), row.points(),
                row.hours()));
        return registration.registered();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
