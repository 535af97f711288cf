package itc.renewal.payment.reconciliation.domain;

import itc.renewal.payment.order.domain.ReceivingAccount;
import itc.renewal.platform.imports.ImportError;
import itc.renewal.platform.imports.InvalidImportFile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a bank's transfer notification (振込入金通知) in the Zengin layout: Shift_JIS, fixed 200-byte records, with
 * or without line breaks between them, in groups of header (1), data (2)… and trailer (8) per account, closed by
 * one end record (9). The fields used are listed in docs/payments.md. A file with any problem is refused
 * whole, every problem listed by record and field; a file for another account than the association's too.
 */
public final class ZenginTransferNotice {

    static final String INVALID = "payment.statement-invalid";
    static final int RECORD_LENGTH = 200;

    private final ReceivingAccount account;

    public ZenginTransferNotice(ReceivingAccount account) {
        this.account = account;
    }

    /** The credits of the file, in file order, cancellations included; throws {@link InvalidImportFile}. */
    public List<StatementLine> read(byte[] file) {
        List<ZenginRecord> records = ZenginRecord.split(file);
        List<ImportError> errors = new ArrayList<>();
        List<StatementLine> lines = new ArrayList<>();
        if (records.isEmpty()) {
            throw InvalidImportFile.ofFile(INVALID, 1, "ファイルが空です。振込入金通知（全銀協フォーマット）のファイルを選んでください。");
        }
        GroupReader group = null;
        boolean ended = false;
        for (ZenginRecord record : records) {
            if (record.length() != RECORD_LENGTH) {
                errors.add(record.error(null, "レコード長が " + record.length() + " バイトです（200 バイト固定）。"));
                continue;
            }
            if (ended) {
                errors.add(record.error("データ区分", "エンド・レコードの後にレコードがあります。"));
                continue;
            }
            switch (record.text(0, 1)) {
                case "1" -> {
                    if (group != null) {
                        errors.add(record.error("データ区分", "前の口座のトレーラ・レコードがありません。"));
                    }
                    group = new GroupReader(account, record, errors);
                }
                case "2" -> {
                    if (group == null) {
                        errors.add(record.error("データ区分", "ヘッダー・レコードの前にデータ・レコードがあります。"));
                    } else {
                        group.data(record).ifPresent(lines::add);
                    }
                }
                case "8" -> {
                    if (group == null) {
                        errors.add(record.error("データ区分", "ヘッダー・レコードのないトレーラ・レコードです。"));
                    } else {
                        group.trailer(record);
                    }
                    group = null;
                }
                case "9" -> {
                    if (group != null) {
                        errors.add(record.error("データ区分", "トレーラ・レコードの前にエンド・レコードがあります。"));
                    }
                    ended = true;
                }
                default -> errors.add(record.error("データ区分",
                        "データ区分「" + record.text(0, 1) + "」は振込入金通知にありません（1, 2, 8, 9）。"));
            }
        }
        if (!ended) {
            errors.add(ImportError.ofFile(records.size(), "エンド・レコード（データ区分 9）がありません。ファイルが途中で切れていないか確認してください。"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidImportFile(INVALID, errors);
        }
        return lines;
    }

    /** Amounts as whole yen. */
    static BigDecimal yen(long amount) {
        return BigDecimal.valueOf(amount);
    }
}
