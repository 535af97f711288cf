package itc.renewal.points.imports.command;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.points.catalogue.CategoryCatalogue;
import itc.renewal.points.catalogue.CategoryCatalogues;

import java.time.LocalDate;
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

    private final CategoryCatalogues catalogues;
    private final LocalDate today;
    private final Map<FiscalYear, CategoryCatalogue> byYear = new HashMap<>();

    ImportFileValidator(CategoryCatalogues catalogues, LocalDate today) {
        this.catalogues = catalogues;
        this.today = today;
    }

    /** The rows of {@code content}, each with its entry id; throws {@link InvalidImportFile} listing every problem. */
    List<ImportRow> validate(byte[] content) {
        List<CsvRecord> records = CsvReader.read(content);
        checkShape(records);
        List<ImportError> errors = new ArrayList<>();
        List<ImportRow> rows = new ArrayList<>();
        EntryIds entryIds = new EntryIds();
        for (CsvRecord record : records.subList(1, records.size())) {
            RowCheck check = new RowCheck(record, today, this::catalogue);
            check.row(entryIds).ifPresent(rows::add);
            errors.addAll(check.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidImportFile(errors);
        }
        return rows;
    }

    private static void checkShape(List<CsvRecord> records) {
        if (records.isEmpty() || !HEADER.equals(records.get(0).fields().stream().map(String::strip).toList())) {
            throw new InvalidImportFile(List.of(ImportError.ofFile(1,
                    "1行目には見出し「" + String.join(",", HEADER) + "」を入れてください。")));
        }
        if (records.size() == 1) {
            throw new InvalidImportFile(List.of(ImportError.ofFile(2, "取り込む行がありません。2行目以降にデータを入れてください。")));
        }
        if (records.size() - 1 > MAX_ROWS) {
            throw new InvalidImportFile(List.of(ImportError.ofFile(records.get(MAX_ROWS + 1).line(),
                    "1ファイルに取り込めるのは " + MAX_ROWS + " 行までです（" + (records.size() - 1)
                            + " 行あります）。ファイルを分けて取り込んでください。")));
        }
    }

    private CategoryCatalogue catalogue(FiscalYear fiscalYear) {
        return byYear.computeIfAbsent(fiscalYear, catalogues::forFiscalYear);
    }
}
