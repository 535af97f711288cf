package itc.renewal.renewal.qualification.command;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.imports.ImportError;
import itc.renewal.platform.imports.InvalidImportFile;
import itc.renewal.renewal.qualification.api.ImportOutcome;
import itc.renewal.renewal.qualification.domain.HolderRegistration;
import itc.renewal.renewal.qualification.domain.QualificationImport;
import itc.renewal.renewal.qualification.domain.RenewalWindowEnds;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The registry import (Q1) in one transaction: the file is checked on its own and against the registry,
 * and written only when nothing is wrong, so a file is imported entirely or not at all. Rows that match the
 * registry change nothing, which makes importing a file again harmless. Imports run one at a time. A new holder
 * is registered LAPSED when the renewal window of their expiry's fiscal year has closed (Q6), as the lapse of
 * holders who never applied would have marked them. New and changed holders are announced in the same transaction
 * (the holders topic), so what the gateway's accounts know follows the registry.
 */
@Component
class QualificationImporter implements QualificationImport {

    private final HolderRegistration registry;
    private final ImportLog log;
    private final TransactionTemplate transaction;
    private final BusinessClock clock;
    private final RenewalWindowEnds windows;
    private final HolderAnnouncements announcements;

    QualificationImporter(HolderRegistration registry, ImportLog log, PlatformTransactionManager transactions,
                          BusinessClock clock, RenewalWindowEnds windows, HolderAnnouncements announcements) {
        this.registry = registry;
        this.log = log;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.windows = windows;
        this.announcements = announcements;
    }

    @Override
    public ImportOutcome importFile(String operator, byte[] csv) {
        Instant now = clock.instant();
        LocalDate today = clock.today();
        ImportFile file = ImportFile.read(csv, today);
        String sha256 = sha256(csv);
        return transaction.execute(status -> {
            log.lock();
            List<HolderRow> rows = file.rows();
            ImportPlan plan = new ImportPlan(rows,
                    registry.findAll(rows.stream().map(HolderRow::memberId).toList()),
                    registry.holdersOfCertifications(rows.stream().map(HolderRow::certificationNumber).toList()),
                    lapsedByFiscalYear(now));
            List<ImportError> errors = new ArrayList<>(file.errors());
            errors.addAll(plan.errors());
            if (!errors.isEmpty()) {
                throw new InvalidImportFile(ImportFile.INVALID, errors);
            }
            ImportOutcome outcome = new ImportOutcome(UUID.randomUUID(), file.rowCount(), plan.added().size(),
                    plan.changed().size(), plan.unchanged(), log.contains(sha256));
            registry.registerAll(plan.added());
            registry.changeContacts(plan.changed());
            announcements.announceRegistered();
            announcements.announceChanged(plan.changed());
            log.record(sha256, operator, outcome, clock.instant());
            return outcome;
        });
    }

    /**
     * Q6 depends on the fiscal year of the expiry only, and each lookup reads that year's settings: asking once
     * per year instead of once per new row keeps a file of thousands of rows to a handful of queries.
     */
    private Predicate<LocalDate> lapsedByFiscalYear(Instant now) {
        Map<FiscalYear, Boolean> lapsed = new HashMap<>();
        return expiry -> lapsed.computeIfAbsent(FiscalYear.containing(expiry),
                year -> windows.hasLapsed(expiry, now));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JRE has SHA-256", e);
        }
    }
}
