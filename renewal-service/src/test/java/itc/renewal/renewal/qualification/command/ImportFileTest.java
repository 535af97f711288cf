package itc.renewal.renewal.qualification.command;

import itc.renewal.platform.imports.ImportError;
import itc.renewal.platform.imports.InvalidImportFile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static itc.renewal.renewal.qualification.command.ImportTestData.APRIL_10;
import static itc.renewal.renewal.qualification.command.ImportTestData.NEW_HOLDER;
import static itc.renewal.renewal.qualification.command.ImportTestData.RENEWED_HOLDER;
import static itc.renewal.renewal.qualification.command.ImportTestData.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Rule Q1 (and Q2) on an import file by itself: every problem is found, with its row and column. */
class ImportFileTest {

    private static ImportError onlyError(String row) {
        ImportFile file = read(row);
        assertThat(file.rows()).isEmpty();
        assertThat(file.errors()).hasSize(1);
        return file.errors().get(0);
    }

    @Test
    void q2_aBlankExpiryIs31MayAfterTheCertificationYear() {
        ImportFile file = read(NEW_HOLDER, RENEWED_HOLDER);

        assertThat(file.errors()).isEmpty();
        assertThat(file.rows()).extracting(HolderRow::row, HolderRow::expiry).containsExactly(
                tuple(2, LocalDate.of(2027, 5, 31)),
                tuple(3, LocalDate.of(2027, 5, 31)));
    }

    @Test
    void q1_theJapaneseHeaderIsAcceptedToo() {
        String csv = "会員番号,氏名,氏名カナ,メールアドレス,認定番号,認定年月,資格有効期限\r\n" + NEW_HOLDER;

        assertThat(ImportFile.read(csv.getBytes(StandardCharsets.UTF_8), APRIL_10).rows()).hasSize(1);
    }

    @Test
    void q1_aFileWithoutTheHeaderIsRefusedAsAWhole() {
        assertThatThrownBy(() -> ImportFile.read(NEW_HOLDER.getBytes(StandardCharsets.UTF_8), APRIL_10))
                .isInstanceOfSatisfying(InvalidImportFile.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.row()).isEqualTo(1);
                            assertThat(error.message()).startsWith("1行目には見出し「member_id,name,");
                        }));
    }

    @Test
    void q1_aFileWithoutRowsIsRefused() {
        assertThatThrownBy(() -> read()).isInstanceOfSatisfying(InvalidImportFile.class,
                e -> assertThat(e.errors().get(0).message()).startsWith("取り込む行がありません。"));
    }

    @Test
    void q1_everyBadValueOfARowIsReportedWithItsColumn() {
        ImportFile file = read("M123,,みほん たろう,taro@,0000002001c,2016/03,\n");

        assertThat(file.rows()).isEmpty();
        assertThat(file.errors()).extracting(ImportError::row).containsOnly(2);
        assertThat(file.errors()).extracting(ImportError::column).containsExactly("member_id", "name", "name_kana",
                "email", "certification_number", "certified_in");
        assertThat(file.errors().get(2).message())
                .isEqualTo("氏名カナは全角カタカナ（姓と名の間は空白）で入力してください（例: ミホン タロウ、入力値: みほん たろう）。");
        assertThat(file.errors().get(4).message())
                .isEqualTo("認定番号は数字10桁と英大文字1字で入力してください（例: 0000002001C、入力値: 0000002001c）。");
    }

    @Test
    void q1_halfWidthKanaIsRefused() {
        assertThat(onlyError(NEW_HOLDER.replace("シンキ イチロウ", "ｼﾝｷ ｲﾁﾛｳ")).column()).isEqualTo("name_kana");
    }

    @Test
    void q1_aRowWithTheWrongNumberOfColumnsIsOneError() {
        ImportError error = onlyError("M0000101,新規 一郎,シンキ イチロウ\n");

        assertThat(error.column()).isNull();
        assertThat(error.message()).startsWith("列の数が 3 です。7 列");
    }

    @Test
    void q1_aQuotedValueMayHoldACommaAndBlankLinesKeepTheirRowNumbers() {
        ImportFile file = read("\n", "M0000101,\"新規, 一郎\",シンキ イチロウ,a@example.jp,0000003101A,2026-10,\n",
                "M0000102,x,シンキ,b@example.jp,0000003102B,2099-01,\n");

        assertThat(file.rows()).singleElement().satisfies(row -> {
            assertThat(row.row()).isEqualTo(3);
            assertThat(row.name()).isEqualTo("新規, 一郎");
        });
        assertThat(file.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(4);
            assertThat(error.message()).isEqualTo("認定年月は 2000-04 から今月（2027-04）までの年月で入力してください（入力値: 2099-01）。");
        });
    }

    @Test
    void q1_repeatedMembersAndCertificationNumbersAreErrorsOfTheLaterRows() {
        ImportFile file = read(NEW_HOLDER, NEW_HOLDER.replace("0000003101A", "0000003109A"),
                RENEWED_HOLDER.replace("0000003102B", "0000003101A"));

        assertThat(file.rows()).extracting(HolderRow::row).containsExactly(2);
        assertThat(file.errors()).extracting(ImportError::row, ImportError::column, ImportError::message)
                .containsExactly(tuple(3, "member_id",
                        "会員番号 M0000101 は 2 行目と重複しています。1人の会員は1行にまとめてください。"),
                tuple(4, "certification_number",
                        "認定番号 0000003101A は 2 行目と重複しています。認定番号は1人に1つです。"));
    }

    @Test
    void q2_anExpiryMustBeA31May() {
        assertThat(onlyError(RENEWED_HOLDER.replace("2027-05-31", "2027-03-31")).message())
                .isEqualTo("資格有効期限は5月31日の日付で入力してください（入力値: 2027-03-31）。");
    }

    @Test
    void q2_anExpiryBeforeTheFirstOneIsRefused() {
        assertThat(onlyError(RENEWED_HOLDER.replace("2027-05-31", "2015-05-31")).message())
                .isEqualTo("資格有効期限が、認定年月 2016-03 の方の最初の有効期限（2016-05-31）より前です（入力値: 2015-05-31）。");
    }

    @Test
    void q2_anExpiryBeyondARenewalThisYearIsRefused() {
        assertThat(read(RENEWED_HOLDER.replace("2027-05-31", "2028-05-31")).errors()).isEmpty();
        assertThat(onlyError(RENEWED_HOLDER.replace("2027-05-31", "2029-05-31")).message())
                .isEqualTo("資格有効期限は、今年度に更新した方でも 2028-05-31 までです（入力値: 2029-05-31）。");
    }

    @Test
    void q2_anImpossibleDateIsRefused() {
        assertThat(onlyError(RENEWED_HOLDER.replace("2027-05-31", "2027-02-30")).column()).isEqualTo("expiry");
    }
}
