package itc.renewal.payment.reconciliation.domain;

import itc.renewal.embedded.bank.TransferNoticeFile;
import itc.renewal.payment.order.domain.ReceivingAccount;
import itc.renewal.platform.imports.ImportError;
import itc.renewal.platform.imports.InvalidImportFile;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Rule F3: the bank's transfer notification in the Zengin layout (docs/payments.md). */
class ZenginTransferNoticeTest {

    private static final LocalDate APRIL_12 = LocalDate.of(2027, 4, 12);
    private static final ReceivingAccount ACCOUNT = new ReceivingAccount("0001", "みずほ銀行", "001", "東京営業部", "普通",
            "1234567", "ｷｮｳｶｲ");
    private final ZenginTransferNotice notice = new ZenginTransferNotice(ACCOUNT);

    @Test
    void f3_readsEachCreditWithDateAmountAndPayerNameInShiftJis() {
        byte[] file = TransferNoticeFile.forDemoAccount(APRIL_12)
                .credit(1, 22000, "2700000017 ﾐﾎﾝ ﾀﾛｳ")
                .credit(2, 21560, "ｶ)ﾐﾎﾝｼｮｳｼﾞ")
                .bytes();

        List<StatementLine> lines = notice.read(file);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).accountDate()).isEqualTo(APRIL_12);
        assertThat(lines.get(0).amount()).isEqualByComparingTo("22000");
        assertThat(lines.get(0).payerName()).isEqualTo("2700000017 ﾐﾎﾝ ﾀﾛｳ");
        assertThat(lines.get(0).lineId()).isEqualTo("0001-001-1234567-20270412-000001");
        assertThat(lines.get(0).record()).isEqualTo(2);
        assertThat(lines.get(1).payerName()).isEqualTo("ｶ)ﾐﾎﾝｼｮｳｼﾞ");
    }

    @Test
    void f3_recordsWithoutLineBreaksReadTheSame() {
        TransferNoticeFile file = TransferNoticeFile.forDemoAccount(APRIL_12).credit(1, 22000, "2700000017 ﾐﾎﾝ ﾀﾛｳ");

        assertThat(notice.read(file.withoutLineBreaks().bytes())).hasSize(1);
    }

    @Test
    void f3_aCancellationRecordIsReadAsSuch() {
        byte[] file = TransferNoticeFile.forDemoAccount(APRIL_12)
                .credit(1, 22000, "2700000017 ﾐﾎﾝ ﾀﾛｳ")
                .credit(new TransferNoticeFile.Credit(1, 22000, "2700000017 ﾐﾎﾝ ﾀﾛｳ", true))
                .bytes();

        List<StatementLine> lines = notice.read(file);

        assertThat(lines).extracting(StatementLine::cancellation).containsExactly(false, true);
        assertThat(lines.get(1).lineId()).isNotEqualTo(lines.get(0).lineId());
    }

    @Test
    void f3_aStatementOfAnotherAccountIsRefused() {
        byte[] file = TransferNoticeFile.forAccount("0005", "001", "7654321", APRIL_12)
                .credit(1, 22000, "2700000017 ﾐﾎﾝ ﾀﾛｳ").bytes();

        InvalidImportFile invalid = catchThrowableOfType(InvalidImportFile.class, () -> notice.read(file));

        assertThat(invalid.errors()).extracting(ImportError::row, ImportError::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "口座番号"));
    }

    @Test
    void f3_aTrailerThatDisagreesWithTheCreditsRefusesTheWholeFile() {
        String text = new String(TransferNoticeFile.forDemoAccount(APRIL_12).credit(1, 22000, "2700000017 ﾐﾎﾝ").bytes(),
                Charset.forName("windows-31j"));
        // the trailer says 2 credits of 44,000 yen
        String tampered = text.replace("8000001000000022000", "8000002000000044000");

        InvalidImportFile invalid = catchThrowableOfType(InvalidImportFile.class,
                () -> notice.read(tampered.getBytes(Charset.forName("windows-31j"))));

        assertThat(invalid.errors()).extracting(ImportError::column).containsExactly("振込合計件数", "振込合計金額");
        assertThat(invalid.status()).isEqualTo(422);
    }

    @Test
    void f3_aTruncatedOrMisshapenFileIsRefusedWithTheRecordAtFault() {
        byte[] file = TransferNoticeFile.forDemoAccount(APRIL_12).credit(1, 22000, "2700000017 ﾐﾎﾝ").bytes();
        byte[] truncated = java.util.Arrays.copyOf(file, 404); // header and data with their CRLF, no trailer nor end

        InvalidImportFile invalid = catchThrowableOfType(InvalidImportFile.class, () -> notice.read(truncated));

        assertThat(invalid.errors()).extracting(ImportError::message)
                .anyMatch(message -> message.contains("エンド・レコード"));
        assertThat(catchThrowableOfType(InvalidImportFile.class, () -> notice.read(new byte[0]))).isNotNull();
        assertThat(catchThrowableOfType(InvalidImportFile.class, () -> notice.read("id,amount\n1,22000\n".getBytes())))
                .isNotNull();
    }
}
