package itc.renewal.points.imports.command;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.imports.CsvRow;
import itc.renewal.platform.imports.ImportError;
import itc.renewal.platform.imports.ImportTable;
import itc.renewal.platform.imports.InvalidImportFile;
import itc.renewal.points.catalogue.CategoryCatalogue;
import itc.renewal.points.catalogue.CategoryCatalogues;
import itc.renewal.points.ledger.command.CountableDates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a whole import file before anything is registered (P6): the header, the number of rows,
 * and every row by the ledger's rules. Either all rows are good, or every problem is reported.
 */
final class ImportFileValidator {

    static final List<String> HEADER = List.of("member_id", "activity_date", "category", "hours", "points", "title");
    static final int MAX_ROWS = 5_000;
    static final String INVALID = "points.import-invalid";
    private static final ImportTable TABLE = new ImportTable(INVALID, HEADER::equals,
            "「" + String.join(",", HEADER) + "」", "データを", MAX_ROWS);

    private final CategoryCatalogues catalogues;
    private final LocalDate today;
    private final Map<String, YearMonth> certifiedIn;
    private final Map<FiscalYear, CategoryCatalogue> byYear = new HashMap<>();

    /** @param certifiedIn each known holder's 認定年月 (P6); a member not in it is checked against the calendar only */
    ImportFileValidator(CategoryCatalogues catalogues, LocalDate today, Map<String, YearMonth> certifiedIn) {
        this.catalogues = catalogues;
        this.today = today;
        this.certifiedIn = certifiedIn;
    }

    /** The rows of {@code content}, each with its entry id; throws {@link InvalidImportFile} listing every problem. */
    List<ImportRow> validate(byte[] content) {
        List<ImportError> errors = new ArrayList<>();
        List<ImportRow> rows = new ArrayList<>();
        EntryIds entryIds = new EntryIds();
        for (CsvRow csv : TABLE.dataRows(content)) {
            RowCheck check = new RowCheck(csv, this::countableDates, this::catalogue);
            check.row(entryIds).ifPresent(rows::add);
            errors.addAll(check.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidImportFile(INVALID, errors);
        }
        return rows;
    }

    private CountableDates countableDates(String memberId) {
        return new CountableDates(today, certifiedIn.get(memberId));
    }

    private CategoryCatalogue catalogue(FiscalYear fiscalYear) {
        return byYear.computeIfAbsent(fiscalYear, catalogues::forFiscalYear);
    }
}
