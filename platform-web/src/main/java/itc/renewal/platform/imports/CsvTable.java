package itc.renewal.platform.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180) as spreadsheets save it: UTF-8, optionally with a BOM, lines ending in CRLF or LF,
 * fields optionally in double quotes (then holding commas, line breaks or doubled quotes). Rows are numbered
 * as the spreadsheet numbers them, so a blank line is skipped but still counted, and a line break inside
 * quotes does not start a row. A file that cannot be read as a table is refused with one file-level error.
 */
public final class CsvTable {

    private CsvTable() {
    }

    public static List<CsvRow> read(byte[] content, String invalidCode) {
        String text = utf8(content, invalidCode);
        return rows(text.startsWith("\uFEFF") ? text.substring(1) : text, invalidCode);
    }

    private static String utf8(byte[] content, String invalidCode) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw InvalidImportFile.ofFile(invalidCode, 1, "ファイルを UTF-8 として読み取れません。"
                    + "表計算ソフトで「CSV UTF-8（コンマ区切り）」形式で保存し直してください。");
        }
    }

    private static List<CsvRow> rows(String text, String invalidCode) {
        List<CsvRow> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int row = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"' && (quoted || field.isEmpty())) {
                quoted = !quoted;
            } else if (quoted || (c != ',' && c != '\n' && c != '\r')) {
                field.append(c);
            } else if (c == ',') {
                fields.add(take(field));
            } else {
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 1 : 0;
                endRow(rows, row++, fields, take(field));
            }
        }
        if (quoted) {
            throw InvalidImportFile.ofFile(invalidCode, row,
                    "引用符（\"）が閉じられていません。" + row + " 行目以降の引用符を確認してください。");
        }
        endRow(rows, row, fields, take(field));
        return rows;
    }

    private static String take(StringBuilder field) {
        String value = field.toString();
        field.setLength(0);
        return value;
    }

    /** A row of one blank field is a blank line: no record, but it keeps its row number. */
    private static void endRow(List<CsvRow> rows, int row, List<String> fields, String last) {
        fields.add(last);
        if (fields.size() > 1 || !last.isBlank()) {
            rows.add(new CsvRow(row, fields));
        }
        fields.clear();
    }
}
