package itc.renewal.payment.order.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One order as the member's purchase history (購入履歴, rule F5) shows it. {@code orderId} equals {@code renewalId}.
 *
 * @param method          the method chosen (F1), null until chosen
 * @param methodsOffered  the methods the member may still choose: all three while none is chosen and the order
 *                        awaits payment, none otherwise
 * @param paidAt          null until paid
 * @param invoice         bank transfer only (F3): what to transfer where, and the invoice PDF's link
 * @param convenienceSlip convenience store only: the slip number to pay with and until when
 * @param receipt         once paid (F4): the receipt PDF's link
 */
public record PaymentOrderView(
        String orderId,
        String renewalId,
        int fiscalYear,
        BigDecimal amount,
        String currency,
        PaymentStatus status,
        PaymentMethod method,
        Instant paidAt,
        List<PaymentMethod> methodsOffered,
        InvoiceSummary invoice,
        ConvenienceSlip convenienceSlip,
        ReceiptSummary receipt) {

    /** The invoice of a bank transfer as the history lists it. */
    public record InvoiceSummary(String invoiceNumber, String issuedOn, String dueOn, String transferReference,
                                 String bankAccount, String senderName, String href) {

        public static InvoiceSummary of(String renewalId, Invoice invoice) {
            return invoice == null ? null : new InvoiceSummary(invoice.invoiceNumber(), invoice.issuedOn().toString(),
                    invoice.dueOn().toString(), invoice.transferReference(), invoice.parties().bankAccount(),
                    invoice.parties().senderName(), "/api/payments/orders/" + renewalId + "/invoice");
        }
    }

    /** The receipt as the history lists it. */
    public record ReceiptSummary(String receiptNumber, String issuedOn, String href) {

        public static ReceiptSummary of(String renewalId, Receipt receipt) {
            return receipt == null ? null : new ReceiptSummary(receipt.receiptNumber(), receipt.issuedOn().toString(),
                    "/api/payments/orders/" + renewalId + "/receipt");
        }
    }
}
