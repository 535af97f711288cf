package itc.renewal.renewal.qualification.command;

import itc.renewal.platform.imports.CsvRow;
import itc.renewal.platform.imports.ImportError;
import itc.renewal.platform.imports.ImportTable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A registry import file checked on its own: header, size, every row's values, and that no member or
 * certification number appears twice. A file that cannot be read as a table is refused at once; otherwise
 * the good rows and every problem are kept, so the registry check can add its own problems.
 */
final class ImportFile {

    static final int MAX_ROWS = 20_000;
    static final String INVALID = "qualification.import-invalid";
    private static final ImportTable TABLE = new ImportTable(INVALID, ImportColumn::isHeader,
            "「" + ImportColumn.keys() + "」（または「" + ImportColumn.labels() + "」）", "資格保有者を1人1行で", MAX_ROWS);

    private final List<HolderRow> rows = new ArrayList<>();
    private final List<ImportError> errors = new ArrayList<>();
    private final int rowCount;

    private ImportFile(List<CsvRow> data, LocalDate today) {
        this.rowCount = data.size();
        for (CsvRow csv : data) {
            HolderRowCheck check = new HolderRowCheck(csv);
            check.check(today).ifPresent(rows::add);
            errors.addAll(check.errors());
        }
        refuseRepeated(HolderRow::memberId, ImportColumn.MEMBER_ID, "1人の会員は1行にまとめてください。");
        refuseRepeated(HolderRow::certificationNumber, ImportColumn.CERTIFICATION_NUMBER, "認定番号は1人に1つです。");
    }

    static ImportFile read(byte[] content, LocalDate today) {
        return new ImportFile(TABLE.dataRows(content), today);
    }

    /** The rows whose values are good (they may still conflict with the registry). */
    List<HolderRow> rows() {
        return List.copyOf(rows);
    }

    List<ImportError> errors() {
        return List.copyOf(errors);
    }

    int rowCount() {
        return rowCount;
    }

    /** The second and later rows with a value already seen are errors; the first one stays. */
    private void refuseRepeated(Function<HolderRow, String> key, ImportColumn column, String advice) {
        Map<String, Integer> firstRow = new HashMap<>();
        rows.removeIf(row -> {
            Integer first = firstRow.putIfAbsent(key.apply(row), row.row());
            if (first != null) {
                errors.add(new ImportError(row.row(), column.key, column.label + " " + key.apply(row) + " は " + first
                        + " 行目と重複しています。" + advice));
            }
            return first != null;
        });
    }
}
