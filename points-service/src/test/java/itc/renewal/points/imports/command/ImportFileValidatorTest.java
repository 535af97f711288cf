package itc.renewal.points.imports.command;

import itc.renewal.platform.imports.ImportError;
import itc.renewal.platform.imports.InvalidImportFile;
import itc.renewal.points.catalogue.CategoryCatalogue;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Business date 2027-04-10 (FY2027); the standard catalogue in every fiscal year. */
class ImportFileValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 4, 10);
    private static final String HEADER = "member_id,activity_date,category,hours,points,title\n";

    @Test
    void p2_readsAssociationTrainingInHoursAndOtherCategoriesInPoints() {
        List<ImportRow> rows = validate(HEADER + """
                M0000001,2026-10-01,ASSOCIATION_TRAINING_CLASSROOM,3,,集合研修 第1回
                M0000002,2027-04-10,CASE_PRESENTATION,,2.5,事例発表会
                """);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(0).memberId()).isEqualTo("M0000001");
        assertThat(rows.get(0).activityDate()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(rows.get(0).category()).isEqualTo("ASSOCIATION_TRAINING_CLASSROOM");
        assertThat(rows.get(0).hours()).isEqualByComparingTo("3");
        assertThat(rows.get(0).points()).isNull();
        assertThat(rows.get(0).title()).isEqualTo("集合研修 第1回");
        assertThat(rows.get(1).points()).isEqualByComparingTo("2.5");
        assertThat(rows.get(1).hours()).isNull();
    }

    @Test
    void p6_refusesRowsDatedBeforeTheHoldersCertificationOrBeforeTheYearsThatStillCount() {
        InvalidImportFile invalid = invalid(HEADER + """
                M0000003,2026-09-30,ASSOCIATION_TRAINING_CLASSROOM,3,,認定前の研修
                M0000003,2026-10-01,ASSOCIATION_TRAINING_CLASSROOM,3,,認定月の研修
                M0000001,2026-03-31,ASSOCIATION_TRAINING_CLASSROOM,3,,FY2025の研修
                M0000001,2026-04-01,ASSOCIATION_TRAINING_CLASSROOM,3,,FY2026の研修
                """);

        assertThat(invalid.errors()).extracting(ImportError::row, ImportError::column).containsExactly(
                tuple(2, "activity_date"), tuple(4, "activity_date"));
        assertThat(invalid.errors().get(0).message()).contains("認定年月（2026年10月）より前");
        assertThat(invalid.errors().get(1).message()).contains("2026-04-01 以降");
    }

    @Test
    void p6_importReportsEveryBadRowAndImportsNothing() {
        InvalidImportFile invalid = invalid(HEADER + """
                M000001,2026-10-01,SELF_STUDY,,1,良い行ではない会員番号
                M0000001,2026/10/01,SELF_STUDY,,1,日付の形式
                M0000001,2027-04-11,SELF_STUDY,,1,未来の日付
                M0000001,2026-10-01,UNKNOWN,,1,カテゴリ不明
                M0000001,2026-10-01,SELF_STUDY,,,量なし
                M0000001,2026-10-01,ASSOCIATION_TRAINING_CLASSROOM,,2,集合研修をポイントで
                M0000001,2026-10-01,SELF_STUDY,,0.3,半端
                M0000001,2026-10-01,SELF_STUDY,,abc,数字でない
                M0000001,2026-10-01,SELF_STUDY,,1,
                M0000001,2026-10-01,SELF_STUDY,,1,%s
                M0000001,2026-10-01,SELF_STUDY,1
                M0000001,2026-10-01,SELF_STUDY,,1,良い行
                """.formatted("長".repeat(201)));

        assertThat(invalid.code()).isEqualTo("points.import-invalid");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.errors()).extracting(ImportError::row, ImportError::column).containsExactly(
                tuple(2, "member_id"), tuple(3, "activity_date"), tuple(4, "activity_date"), tuple(5, "category"),
                tuple(6, "points"), tuple(7, "points"), tuple(8, "points"), tuple(9, "points"), tuple(10, "title"),
                tuple(11, "title"), tuple(12, null));
        assertThat(invalid.errors().get(0).message()).isEqualTo(
                "会員番号は M と数字7桁で入力してください（例: M0000001、入力値: M000001）。");
        assertThat(invalid.errors().get(2).message()).isEqualTo(
                "活動日に未来の日付は指定できません（活動日: 2027-04-11、本日: 2027-04-10）。");
        assertThat(invalid.errors().get(3).message()).startsWith("カテゴリ「UNKNOWN」はありません。")
                .contains("ASSOCIATION_TRAINING_CLASSROOM");
        assertThat(invalid.errors().get(5).message()).contains("時間数で入力してください");
        assertThat(invalid.errors().get(9).message()).isEqualTo("タイトルは200文字以内で入力してください（現在 201 文字）。");
        assertThat(invalid.getMessage()).contains("11 件").contains("1件も取り込んでいません");
    }

    @Test
    void p6_refusesAFileWithoutTheHeaderOrWithoutRows() {
        assertThat(invalid("M0000001,2026-10-01,SELF_STUDY,,1,読書\n").errors())
                .containsExactly(new ImportError(1, null,
                        "1行目には見出し「member_id,activity_date,category,hours,points,title」を入れてください。"));
        assertThat(invalid(HEADER).errors()).extracting(ImportError::row, ImportError::column)
                .containsExactly(tuple(2, null));
    }

    @Test
    void p6_refusesMoreThanFiveThousandRows() {
        String row = "M0000001,2026-10-01,SELF_STUDY,,1,読書\n";

        assertThat(validate(HEADER + row.repeat(5_000))).hasSize(5_000);
        assertThat(invalid(HEADER + row.repeat(5_001)).errors()).singleElement()
                .satisfies(error -> assertThat(error.row()).isEqualTo(5_002))
                .satisfies(error -> assertThat(error.message()).contains("5000 行まで"));
    }

    @Test
    void p6_refusesAFileThatIsNotUtf8() {
        byte[] shiftJis = (HEADER + "M0000001,2026-10-01,SELF_STUDY,,1,読書\n").getBytes(Charset.forName("Shift_JIS"));

        assertThat(catchThrowableOfType(InvalidImportFile.class, () -> validator().validate(shiftJis)).errors())
                .singleElement().satisfies(error -> assertThat(error.message()).contains("UTF-8"));
    }

    @Test
    void p1_importIsIdempotent() {
        String file = HEADER + """
                M0000001,2026-10-01,ASSOCIATION_TRAINING_CLASSROOM,3,,集合研修
                M0000001,2026-10-01,ASSOCIATION_TRAINING_CLASSROOM,3,,集合研修
                M0000001,2026-10-01,SELF_STUDY,,1,読書
                """;

        List<String> first = entryIds(validate(file));
        List<String> second = entryIds(validate(file));
        List<String> reformatted = entryIds(validate(HEADER + """
                "M0000001","2026-10-01","ASSOCIATION_TRAINING_CLASSROOM","3.0","", 集合研修\s
                """));

        assertThat(second).isEqualTo(first);
        assertThat(first).doesNotHaveDuplicates();
        assertThat(reformatted).containsExactly(first.get(0));
    }

    @Test
    void p1_readsAFileWithBomAndCrlf() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = (HEADER + "M0000001,2026-10-01,SELF_STUDY,,1,読書\r\n\r\n").replace("\n", "\r\n")
                .replace("\r\r\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(body, 0, content, bom.length, body.length);

        assertThat(validator().validate(content)).singleElement()
                .satisfies(row -> assertThat(row.title()).isEqualTo("読書"));
    }

    @Test
    void p1_readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        String quoted = HEADER + """
                M0000001,2026-10-01,TEACHING_PUBLISHING,,2,"講演「ITC, 実践」と ""事例\"""
                M0000001,2026-10-01,TEACHING_PUBLISHING,,1,"2行の
                タイトル"
                """;

        assertThat(validate(quoted)).extracting(ImportRow::title)
                .containsExactly("講演「ITC, 実践」と \"事例\"", "2行の\nタイトル");
        // Rows as a spreadsheet numbers them: a line break inside a cell does not start a row.
        assertThat(invalid(quoted + "M000000X,2026-10-01,SELF_STUDY,,1,次の行\n").errors())
                .extracting(ImportError::row).containsExactly(4);
    }

    private static List<String> entryIds(List<ImportRow> rows) {
        return rows.stream().map(ImportRow::entryId).toList();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static ImportFileValidator validator() {
        return new ImportFileValidator(fiscalYear -> CategoryCatalogue.standard(), TODAY,
                Map.of("M0000003", YearMonth.of(2026, 10)));
    }

    private static List<ImportRow> validate(String csv) {
        return validator().validate(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static InvalidImportFile invalid(String csv) {
        return catchThrowableOfType(InvalidImportFile.class, () -> validate(csv));
    }
}
