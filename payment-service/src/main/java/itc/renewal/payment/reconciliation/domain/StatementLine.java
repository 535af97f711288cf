package itc.renewal.payment.reconciliation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One credit on the association's account as the bank notified it (a data record of the Zengin transfer
 * notification).
 *
 * @param lineId         the credit's identity across files: bank, branch, account, account date and the bank's
 *                       inquiry number (照会番号), so a file imported again, or an overlapping one, is recognised
 * @param record         the record's number in its file (1 = the first header), for the operator
 * @param accountDate    勘定日, the day the money was credited
 * @param amount         金額, whole yen
 * @param payerName      振込依頼人名 as the bank passed it on (half-width kana), with the transfer reference first
 * @param remittingBank  仕向銀行名, the payer's bank
 * @param cancellation   取消区分: the bank cancels or corrects an earlier credit with this record
 */
public record StatementLine(String lineId, int record, LocalDate accountDate, BigDecimal amount, String payerName,
                            String remittingBank, boolean cancellation) {
}
