package itc.renewal.payment.reconciliation.domain;

import itc.renewal.platform.imports.ImportError;

import java.nio.charset.Charset;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One fixed-length record of a Zengin file and its fields, cut by byte offset and decoded as Shift_JIS (half-width
 * kana are one byte). Numeric fields (N) are zero-padded digits; text fields (C) are space-padded on the right.
 */
final class ZenginRecord {

    static final Charset SHIFT_JIS = Charset.forName("windows-31j");
    /** The first day of Reiwa: dates in the files are 和暦 YYMMDD of this era. */
    private static final LocalDate REIWA = LocalDate.of(2019, 5, 1);
    private static final byte EOF_MARK = 0x1A;

    private final int number;
    private final byte[] bytes;

    private ZenginRecord(int number, byte[] bytes) {
        this.number = number;
        this.bytes = bytes;
    }

    /** The records of a file: 200-byte blocks, or lines when the file has line breaks (CRLF or LF). */
    static List<ZenginRecord> split(byte[] file) {
        int length = file.length;
        while (length > 0 && (file[length - 1] == EOF_MARK || file[length - 1] == '\n' || file[length - 1] == '\r')) {
            length--;
        }
        List<ZenginRecord> records = new ArrayList<>();
        boolean lines = false;
        for (int i = 0; i < length; i++) {
            if (file[i] == '\n') {
                lines = true;
                break;
            }
        }
        if (lines) {
            int start = 0;
            for (int i = 0; i <= length; i++) {
                if (i == length || file[i] == '\n') {
                    int end = i > start && file[i - 1] == '\r' ? i - 1 : i;
                    records.add(new ZenginRecord(records.size() + 1, Arrays.copyOfRange(file, start, end)));
                    start = i + 1;
                }
            }
        } else {
            for (int start = 0; start < length; start += ZenginTransferNotice.RECORD_LENGTH) {
                int end = Math.min(length, start + ZenginTransferNotice.RECORD_LENGTH);
                records.add(new ZenginRecord(records.size() + 1, Arrays.copyOfRange(file, start, end)));
            }
        }
        return records;
    }

    int number() {
        return number;
    }

    int length() {
        return bytes.length;
    }

    /** Field at 0-based byte {@code offset} of {@code size} bytes, decoded, right-trimmed. */
    String text(int offset, int size) {
        return new String(bytes, offset, size, SHIFT_JIS).stripTrailing();
    }

    /** A numeric field, or empty (and an error added) when it holds anything but digits. */
    Optional<Long> number(int offset, int size, String field, List<ImportError> errors) {
        String digits = new String(bytes, offset, size, SHIFT_JIS);
        if (!digits.matches("\\d+")) {
            errors.add(error(field, field + "「" + digits.strip() + "」が数字ではありません（" + size + " 桁、右詰め前ゼロ）。"));
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(digits));
    }

    /** A date as 和暦 YYMMDD in Reiwa, or empty (and an error added). */
    Optional<LocalDate> reiwaDate(int offset, String field, List<ImportError> errors) {
        String digits = new String(bytes, offset, 6, SHIFT_JIS);
        if (digits.matches("\\d{6}")) {
            try {
                LocalDate date = LocalDate.of(2018 + Integer.parseInt(digits.substring(0, 2)),
                        Integer.parseInt(digits.substring(2, 4)), Integer.parseInt(digits.substring(4, 6)));
                if (!date.isBefore(REIWA)) {
                    return Optional.of(date);
                }
            } catch (DateTimeException e) {
                // reported below
            }
        }
        errors.add(error(field, field + "「" + digits.strip() + "」が和暦（令和）の年月日 YYMMDD ではありません。"));
        return Optional.empty();
    }

    ImportError error(String field, String message) {
        return new ImportError(number, field, message);
    }
}
