package itc.renewal.points.imports.command;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV as exported by spreadsheets: UTF-8 with an optional BOM, CRLF or LF, fields
 * optionally quoted (a quoted field may hold commas, line breaks and doubled quotes). Blank lines
 * are ignored. A file that cannot be read at all is refused with a single file-level error.
 */
final class CsvReader {

    private static final char BOM = '\uFEFF';

    private CsvReader() {
    }

    static List<CsvRecord> read(byte[] content) {
        String text = decode(content);
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        return records(text);
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidImportFile(List.of(ImportError.ofFile(1,
                    "ファイルを UTF-8 として読み取れません。文字コード UTF-8 の CSV で保存し直してください。")));
        }
    }

    private static List<CsvRecord> records(String text) {
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                end(records, recordLine, fields, field);
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new InvalidImportFile(List.of(ImportError.ofFile(recordLine,
                    "引用符（\"）が閉じられていません。" + recordLine + " 行目以降の引用符を確認してください。")));
        }
        end(records, recordLine, fields, field);
        return records;
    }

    /** Ends a record; a blank line (one empty field) is no record. */
    private static void end(List<CsvRecord> records, int line, List<String> fields, StringBuilder field) {
        fields.add(field.toString());
        field.setLength(0);
        if (!(fields.size() == 1 && fields.get(0).isBlank())) {
            records.add(new CsvRecord(line, fields));
        }
        fields.clear();
    }
}
