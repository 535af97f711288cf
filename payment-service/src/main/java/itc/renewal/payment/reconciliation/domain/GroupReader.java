package itc.renewal.payment.reconciliation.domain;

import itc.renewal.payment.order.domain.ReceivingAccount;
import itc.renewal.platform.imports.ImportError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * One account's part of a transfer notification: its header, its credits and the trailer that counts them. The
 * header must name the association's account; the trailer's counts and sums must agree with the data records.
 */
final class GroupReader {

    private final List<ImportError> errors;
    private final String accountKey;
    private int credits;
    private BigDecimal creditSum = BigDecimal.ZERO;
    private int cancellations;
    private BigDecimal cancellationSum = BigDecimal.ZERO;

    GroupReader(ReceivingAccount account, ZenginRecord header, List<ImportError> errors) {
        this.errors = errors;
        // 1 データ区分, 2 種別コード(2), 1 コード区分, 6 作成日, 6+6 勘定日(自)(至), 4 銀行コード, 15 銀行名,
        // 3 支店コード, 15 支店名, 1 預金種目, 7 口座番号, 40 口座名, 93 ダミー
        if (!"01".equals(header.text(1, 2))) {
            errors.add(header.error("種別コード", "種別コード「" + header.text(1, 2)
                    + "」は振込入金通知（01）ではありません。入出金明細など別のファイルではないか確認してください。"));
        }
        String bank = header.text(22, 4);
        String branch = header.text(41, 3);
        String number = header.text(60, 7);
        if (!bank.equals(account.bankCode()) || !branch.equals(account.branchCode())
                || !number.equals(account.accountNumber())) {
            errors.add(header.error("口座番号", "協会の受取口座（" + account.bankCode() + "-" + account.branchCode() + " "
                    + account.accountNumber() + "）ではなく " + bank + "-" + branch + " " + number
                    + " の振込入金通知です。"));
        }
        this.accountKey = bank + "-" + branch + "-" + number;
    }

    Optional<StatementLine> data(ZenginRecord record) {
        // 1 データ区分, 6 照会番号, 6 勘定日, 6 起算日, 10 金額, 10 うち他店券金額, 10 振込依頼人コード,
        // 48 振込依頼人名, 15 仕向銀行名, 15 仕向店名, 1 取消区分, 20 EDI情報, 52 ダミー
        int errorsBefore = errors.size();
        Optional<Long> inquiry = record.number(1, 6, "照会番号", errors);
        Optional<LocalDate> accountDate = record.reiwaDate(7, "勘定日", errors);
        Optional<Long> amount = record.number(19, 10, "金額", errors);
        String payer = record.text(49, 48);
        String cancel = record.text(127, 1);
        if (!cancel.isEmpty() && !"1".equals(cancel)) {
            errors.add(record.error("取消区分", "取消区分「" + cancel + "」は空白か 1（取消）です。"));
        }
        if (payer.isEmpty()) {
            errors.add(record.error("振込依頼人名", "振込依頼人名が空です。"));
        }
        if (errors.size() > errorsBefore) {
            return Optional.empty();
        }
        BigDecimal yen = ZenginTransferNotice.yen(amount.orElseThrow());
        boolean cancellation = "1".equals(cancel);
        if (cancellation) {
            cancellations++;
            cancellationSum = cancellationSum.add(yen);
        } else {
            credits++;
            creditSum = creditSum.add(yen);
        }
        String lineId = accountKey + "-" + accountDate.orElseThrow().format(DateTimeFormatter.BASIC_ISO_DATE) + "-"
                + String.format("%06d", inquiry.orElseThrow()) + (cancellation ? "-C" : "");
        return Optional.of(new StatementLine(lineId, record.number(), accountDate.orElseThrow(), yen, payer,
                record.text(97, 15), cancellation));
    }

    void trailer(ZenginRecord record) {
        // 1 データ区分, 6 振込合計件数, 12 振込合計金額, 6 取消合計件数, 12 取消合計金額, 163 ダミー
        record.number(1, 6, "振込合計件数", errors).filter(count -> count != credits).ifPresent(count -> errors.add(
                record.error("振込合計件数", "振込合計件数 " + count + " がデータ・レコードの件数 " + credits + " と合いません。")));
        record.number(7, 12, "振込合計金額", errors).map(ZenginTransferNotice::yen)
                .filter(sum -> sum.compareTo(creditSum) != 0).ifPresent(sum -> errors.add(record.error("振込合計金額",
                        "振込合計金額 " + sum + " がデータ・レコードの合計 " + creditSum + " と合いません。")));
        record.number(19, 6, "取消合計件数", errors).filter(count -> count != cancellations).ifPresent(count ->
                errors.add(record.error("取消合計件数",
                        "取消合計件数 " + count + " が取消レコードの件数 " + cancellations + " と合いません。")));
        record.number(25, 12, "取消合計金額", errors).map(ZenginTransferNotice::yen)
                .filter(sum -> sum.compareTo(cancellationSum) != 0).ifPresent(sum -> errors.add(record.error(
                        "取消合計金額", "取消合計金額 " + sum + " が取消レコードの合計 " + cancellationSum + " と合いません。")));
    }
}
