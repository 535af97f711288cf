package itc.renewal.platform.imports;

import java.util.List;
import java.util.function.Predicate;

/**
 * The data rows of an import file whose shape is right: a header in row 1, at least one row below it and no
 * more rows than one import may hold. Anything else is refused at once with one file-level error.
 *
 * @param invalidCode    the service's problem code for an invalid file
 * @param isHeader       whether the names of row 1 (each stripped) are the expected header
 * @param expectedHeader how the header is described to the operator, e.g. {@code 「member_id,…」}
 * @param dataHint       what goes into the rows, e.g. {@code 資格保有者を1人1行で}
 * @param maxRows        the most data rows one file may hold
 */
public record ImportTable(String invalidCode, Predicate<List<String>> isHeader, String expectedHeader,
                          String dataHint, int maxRows) {

    /** The table's data rows (row 2 onwards, blank lines skipped but counted); throws {@link InvalidImportFile}. */
    public List<CsvRow> dataRows(byte[] content) {
        List<CsvRow> table = CsvTable.read(content == null ? new byte[0] : content, invalidCode);
        if (table.isEmpty() || !isHeader.test(table.get(0).fields().stream().map(String::strip).toList())) {
            throw InvalidImportFile.ofFile(invalidCode, 1, "1行目には見出し" + expectedHeader + "を入れてください。");
        }
        List<CsvRow> data = table.subList(1, table.size());
        if (data.isEmpty()) {
            throw InvalidImportFile.ofFile(invalidCode, 2, "取り込む行がありません。2行目以降に" + dataHint + "入れてください。");
        }
        if (data.size() > maxRows) {
            throw InvalidImportFile.ofFile(invalidCode, data.get(maxRows).row(), "1ファイルに取り込めるのは " + maxRows
                    + " 行までです（" + data.size() + " 行あります）。ファイルを分けて取り込んでください。");
        }
        return List.copyOf(data);
    }
}
