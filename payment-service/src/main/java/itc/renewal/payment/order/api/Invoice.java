package itc.renewal.payment.order.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A qualified invoice (適格請求書, rule F3) as issued: everything printed on it, so that it downloads the same
 * every time. Amounts are whole yen; the tax is computed once for the invoice.
 *
 * @param invoiceNumber     e.g. INV-2027-M0000001
 * @param issuedOn          取引年月日 / 発行日, Japan date
 * @param dueOn             支払期限: the last day of the renewal window
 * @param parties           issuer, registration number, account, addressee and sender name
 * @param description       what is charged, e.g. 2027年度 ITコーディネータ資格更新料
 * @param taxExcluded       the amount without tax at the rate
 * @param taxRatePercent    10
 * @param tax               the consumption tax at the rate
 * @param total             the amount to transfer (tax included)
 * @param transferReference the number to type before the payer name
 */
public record Invoice(
        String invoiceNumber,
        LocalDate issuedOn,
        LocalDate dueOn,
        InvoiceParties parties,
        String description,
        BigDecimal taxExcluded,
        int taxRatePercent,
        BigDecimal tax,
        BigDecimal total,
        String transferReference) {
}
