package itc.renewal.renewal.qualification.command;

import itc.renewal.platform.imports.CsvRow;
import itc.renewal.platform.imports.ImportError;
import itc.renewal.renewal.qualification.domain.CertifiedIn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the values of one import row (Q1, Q2), collecting every problem of the row so that the operator
 * corrects the file in one pass. What the row means for the registry is checked later ({@link ImportPlan}).
 */
final class HolderRowCheck {

    private static final Pattern MEMBER_ID = Pattern.compile("M\\d{7}");
    private static final Pattern CERTIFICATION_NUMBER = Pattern.compile("\\d{10}[A-Z]");
    /** Full-width katakana, long vowel mark, middle dot and iteration marks; spaces between the names. */
    private static final Pattern KANA = Pattern.compile("[\\u30A1-\\u30FE \\u3000]+");
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    /** The columns' sizes in the registry table. */
    private static final int MAX_TEXT = 100;
    private static final int MAX_EMAIL = 254;

    private final List<ImportError> errors = new ArrayList<>();
    private final CsvRow csv;
    private final List<String> fields;

    HolderRowCheck(CsvRow csv) {
        this.csv = csv;
        this.fields = csv.fields().stream().map(String::strip).toList();
    }

    /** The checked row, or empty with {@link #errors()} saying why. */
    Optional<HolderRow> check(LocalDate today) {
        int columns = ImportColumn.values().length;
        if (fields.size() != columns) {
            errors.add(new ImportError(csv.row(), null, "列の数が " + fields.size() + " です。" + columns + " 列（"
                    + ImportColumn.keys() + "）にしてください。カンマを含む値は引用符（\"）で囲んでください。"));
            return Optional.empty();
        }
        String memberId = matching(ImportColumn.MEMBER_ID, MEMBER_ID, "M と数字7桁", "M0000001");
        String name = text(ImportColumn.NAME, MAX_TEXT);
        String kana = matching(ImportColumn.NAME_KANA, KANA, "全角カタカナ（姓と名の間は空白）", "ミホン タロウ");
        String email = matching(ImportColumn.EMAIL, EMAIL, "半角英数字のメールアドレス", "taro.mihon@example.jp");
        String number = matching(ImportColumn.CERTIFICATION_NUMBER, CERTIFICATION_NUMBER, "数字10桁と英大文字1字",
                "0000002001C");
        CertificationDates dates = new CertificationDates(this::error, today);
        CertifiedIn certifiedIn = dates.certifiedIn(value(ImportColumn.CERTIFIED_IN));
        LocalDate expiry = certifiedIn == null ? null : dates.expiry(value(ImportColumn.EXPIRY), certifiedIn);
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HolderRow(csv.row(), memberId, name, kana, email, number, certifiedIn, expiry));
    }

    List<ImportError> errors() {
        return List.copyOf(errors);
    }

    private String value(ImportColumn column) {
        return fields.get(column.ordinal());
    }

    /** The value if present and not too long; otherwise null, with the error. */
    private String text(ImportColumn column, int maxLength) {
        String value = value(column);
        if (value.isEmpty()) {
            error(column, column.label + "を入力してください。");
            return null;
        }
        if (value.length() > maxLength) {
            error(column, column.label + "は" + maxLength + "文字以内で入力してください（" + value.length() + "文字あります）。");
            return null;
        }
        return value;
    }

    private String matching(ImportColumn column, Pattern pattern, String rule, String example) {
        String value = text(column, column == ImportColumn.EMAIL ? MAX_EMAIL : MAX_TEXT);
        if (value != null && !pattern.matcher(value).matches()) {
            error(column, column.label + "は" + rule + "で入力してください（例: " + example + "、入力値: " + value + "）。");
        }
        return value;
    }

    private void error(ImportColumn column, String message) {
        errors.add(new ImportError(csv.row(), column.key, message));
    }
}
