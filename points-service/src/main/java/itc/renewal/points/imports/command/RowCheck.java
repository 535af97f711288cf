package itc.renewal.points.imports.command;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.imports.CsvRow;
import itc.renewal.platform.imports.ImportError;
import itc.renewal.platform.problem.Rejection;
import itc.renewal.points.catalogue.CategoryCatalogue;
import itc.renewal.points.catalogue.PointCategory;
import itc.renewal.points.ledger.command.CountableDates;
import itc.renewal.points.ledger.command.EntryRules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks one row of an import file by the rules of registration (P6), collecting every problem of
 * the row rather than stopping at the first, so the operator corrects the file in one pass.
 */
final class RowCheck {

    private static final Pattern MEMBER_ID = Pattern.compile("M\\d{7}");

    private final List<ImportError> errors = new ArrayList<>();
    private final int line;
    private final List<String> fields;
    private String memberId;
    private LocalDate activityDate;
    private PointCategory category;
    private BigDecimal hours;
    private BigDecimal points;

    RowCheck(CsvRow record, Function<String, CountableDates> countableDates,
             Function<FiscalYear, CategoryCatalogue> catalogues) {
        this.line = record.row();
        this.fields = record.fields().stream().map(String::strip).toList();
        if (fields.size() != ImportFileValidator.HEADER.size()) {
            errors.add(ImportError.ofFile(line, "列の数が " + fields.size() + " です。" + ImportFileValidator.HEADER.size()
                    + " 列（" + String.join(",", ImportFileValidator.HEADER) + "）にしてください。"
                    + "カンマを含む値は引用符（\"）で囲んでください。"));
            return;
        }
        checkMember();
        CountableDates dates = countableDates.apply(memberId);
        checkDate(dates);
        checkCategory(catalogues.apply(FiscalYear.containing(activityDate == null ? dates.today() : activityDate)));
        checkAmount();
        check("title", () -> EntryRules.checkTitle(fields.get(5)));
    }

    /** The checked row, with its entry id; empty if the row has a problem. */
    Optional<ImportRow> row(EntryIds entryIds) {
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        String title = fields.get(5);
        String entryId = entryIds.next(memberId, activityDate, category.code(), title, hours, points);
        return Optional.of(new ImportRow(line, entryId, memberId, activityDate, category.code(), title, points, hours));
    }

    List<ImportError> errors() {
        return List.copyOf(errors);
    }

    private void checkMember() {
        memberId = fields.get(0);
        if (!MEMBER_ID.matcher(memberId).matches()) {
            error("member_id", "会員番号は M と数字7桁で入力してください（例: M0000001、入力値: " + memberId + "）。");
        }
    }

    private void checkDate(CountableDates dates) {
        String given = fields.get(1);
        try {
            LocalDate date = LocalDate.parse(given, DateTimeFormatter.ISO_LOCAL_DATE);
            if (check("activity_date", () -> EntryRules.checkActivityDate(date, dates))) {
                activityDate = date;
            }
        } catch (DateTimeParseException e) {
            error("activity_date", "活動日は yyyy-MM-dd 形式の日付で入力してください（例: 2026-10-01、入力値: " + given + "）。");
        }
    }

    private void checkCategory(CategoryCatalogue catalogue) {
        String code = fields.get(2);
        category = catalogue.find(code).orElse(null);
        if (category == null) {
            error("category", "カテゴリ「" + code + "」はありません。次のいずれかを指定してください: " + String.join(", ",
                    catalogue.categories().stream().map(PointCategory::code).toList()) + "。");
        }
    }

    private void checkAmount() {
        hours = decimal("hours", fields.get(3));
        points = decimal("points", fields.get(4));
        if (fields.get(3).isEmpty() == fields.get(4).isEmpty() && (category == null || fields.get(3).isEmpty())) {
            error("points", "時間数（hours）とポイント（points）は、どちらか一方だけを入力してください。");
        } else if (category != null && readable()) {
            check(hours != null ? "hours" : "points", () -> EntryRules.checkAmount(category, points, hours));
        }
    }

    /** An unreadable number is already reported; the amount rules would only add noise. */
    private boolean readable() {
        return (fields.get(3).isEmpty() || hours != null) && (fields.get(4).isEmpty() || points != null);
    }

    private BigDecimal decimal(String field, String given) {
        if (given.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(given);
        } catch (NumberFormatException e) {
            error(field, field + " には半角数字を入力してください（例: 1.5、入力値: " + given + "）。");
            return null;
        }
    }

    private boolean check(String field, Runnable rule) {
        try {
            rule.run();
            return true;
        } catch (Rejection rejection) {
            error(field, rejection.getMessage());
            return false;
        }
    }

    private void error(String field, String message) {
        errors.add(new ImportError(line, field, message));
    }
}
