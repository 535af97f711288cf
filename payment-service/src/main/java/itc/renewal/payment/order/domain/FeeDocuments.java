package itc.renewal.payment.order.domain;

import itc.renewal.payment.order.api.Invoice;
import itc.renewal.payment.order.api.InvoiceParties;
import itc.renewal.payment.order.api.PaymentMethod;
import itc.renewal.payment.order.api.Receipt;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the invoice (F3) and the receipt (F4) of a renewal fee say. One of each per order, numbered after the order
 * (INV-/RCT- and the renewal id), so a number is unique and tells an operator which renewal it is about. The fee is
 * tax-inclusive; the tax is computed once per document ({@link ConsumptionTax}).
 */
public final class FeeDocuments {

    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    /** A receipt for a member without a billing profile names no one, as Japanese receipts do. */
    public static final String NO_ADDRESSEE = "上様";

    private FeeDocuments() {
    }

    public static String description(int fiscalYear) {
        return fiscalYear + "年度 ITコーディネータ資格更新料";
    }

    /**
     * The last day to pay: the day before the window closes at midnight (1 June 00:00 → 31 May). Orders opened before
     * the window's end was carried use the standard end, 31 May.
     */
    public static LocalDate dueOn(int fiscalYear, Instant payableUntil) {
        return payableUntil(fiscalYear, payableUntil).minusNanos(1).atZone(JAPAN).toLocalDate();
    }

    /** When the fee must be paid by: the window's end, or the standard end (1 June 00:00 JST) if not known. */
    public static Instant payableUntil(int fiscalYear, Instant payableUntil) {
        return payableUntil != null ? payableUntil : LocalDate.of(fiscalYear, 6, 1).atStartOfDay(JAPAN).toInstant();
    }

    public static Invoice invoice(String renewalId, String memberId, int fiscalYear, BigDecimal fee,
                                  Instant payableUntil, InvoiceParties parties, Instant issuedAt) {
        ConsumptionTax tax = ConsumptionTax.standardRateIn(fee);
        return new Invoice("INV-" + renewalId, issuedAt.atZone(JAPAN).toLocalDate(), dueOn(fiscalYear, payableUntil),
                parties, description(fiscalYear), tax.taxExcluded(), tax.ratePercent(), tax.tax(), fee,
                TransferReference.of(fiscalYear, memberId).digits());
    }

    public static Receipt receipt(String renewalId, int fiscalYear, BigDecimal paid, PaymentMethod method,
                                  LocalDate paidOn, String addressee, String issuerName, String registrationNumber,
                                  Instant issuedAt) {
        ConsumptionTax tax = ConsumptionTax.standardRateIn(paid);
        String to = addressee == null || addressee.isBlank() ? NO_ADDRESSEE : addressee;
        return new Receipt("RCT-" + renewalId, issuedAt.atZone(JAPAN).toLocalDate(), paidOn, to, issuerName,
                registrationNumber, description(fiscalYear), method, tax.taxExcluded(), tax.ratePercent(), tax.tax(),
                paid);
    }
}
