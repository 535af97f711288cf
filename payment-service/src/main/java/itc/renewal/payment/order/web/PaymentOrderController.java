package itc.renewal.payment.order.web;

import itc.renewal.payment.billing.api.BillingProfileView;
import itc.renewal.payment.billing.api.FindBillingProfileQuery;
import itc.renewal.payment.order.api.FindInvoiceQuery;
import itc.renewal.payment.order.api.FindMemberPaymentOrdersQuery;
import itc.renewal.payment.order.api.FindReceiptQuery;
import itc.renewal.payment.order.api.Invoice;
import itc.renewal.payment.order.api.PaymentMethod;
import itc.renewal.payment.order.api.PaymentOrderView;
import itc.renewal.payment.order.api.PaymentStatus;
import itc.renewal.payment.order.api.PaymentTerms;
import itc.renewal.payment.order.api.Receipt;
import itc.renewal.payment.order.command.CardCheckout;
import itc.renewal.payment.order.command.PaymentMethodChoice;
import itc.renewal.payment.order.document.InvoiceRenderer;
import itc.renewal.payment.order.document.ReceiptRenderer;
import itc.renewal.platform.identity.Identity;
import itc.renewal.platform.problem.ProblemCodes;
import itc.renewal.platform.problem.Rejection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The member's fee payments (rules F1–F5): the purchase history (購入履歴), the choice of method, card payment,
 * and the invoice and receipt PDFs. A member sees and pays only their own orders; another's answer 404.
 */
@RestController
@RequestMapping("/api/payments/orders")
class PaymentOrderController {

    record MethodRequest(@NotNull(message = "お支払い方法（CARD, BANK_TRANSFER, CONVENIENCE_STORE）を選んでください。")
                         PaymentMethod method) {
    }

    /** How long a download waits for a document issued a moment ago to reach the read model. */
    private static final Duration READ_MODEL_PATIENCE = Duration.ofSeconds(2);

    private final QueryGateway queries;
    private final CardCheckout checkout;
    private final PaymentMethodChoice choice;
    private final InvoiceRenderer invoices;
    private final ReceiptRenderer receipts;

    PaymentOrderController(QueryGateway queries, CardCheckout checkout, PaymentMethodChoice choice,
                           InvoiceRenderer invoices, ReceiptRenderer receipts) {
        this.queries = queries;
        this.checkout = checkout;
        this.choice = choice;
        this.invoices = invoices;
        this.receipts = receipts;
    }

    /** 購入履歴 (F5): every order of the member, newest fiscal year first, with its documents. */
    @GetMapping
    @ProblemCodes({})
    List<PaymentOrderView> orders(Identity identity) {
        return queries.query(new FindMemberPaymentOrdersQuery(identity.subject()),
                ResponseTypes.multipleInstancesOf(PaymentOrderView.class)).join();
    }

    /** F1: answers the order with the method, and the invoice (bank transfer) or slip (convenience store). */
    @PostMapping("/{renewalId}/method")
    @ProblemCodes({"404 payment.order-not-found", "409 payment.already-paid", "409 payment.billing-profile-required",
            "409 payment.method-already-chosen", "409 payment.window-closed"})
    PaymentOrderView chooseMethod(Identity identity, @PathVariable String renewalId,
                                  @Valid @RequestBody MethodRequest request) {
        BillingProfileView billing = queries.query(new FindBillingProfileQuery(identity.subject()),
                BillingProfileView.class).join();
        PaymentTerms terms = choice.choose(identity.subject(), renewalId, request.method(), billing);
        return new PaymentOrderView(renewalId, renewalId, terms.fiscalYear(), terms.amount(), terms.currency(),
                PaymentStatus.AWAITING_PAYMENT, terms.method(), null, List.of(),
                PaymentOrderView.InvoiceSummary.of(renewalId, terms.invoice()), terms.slip(), null);
    }

    @PostMapping("/{renewalId}/card")
    @ProblemCodes({"400 payment.card-invalid", "402 payment.card-declined", "404 payment.order-not-found",
            "409 payment.already-paid", "409 payment.charge-in-progress", "409 payment.charge-outcome-pending",
            "409 payment.method-already-chosen", "409 payment.window-closed"})
    PaymentOrderView payByCard(Identity identity, @PathVariable String renewalId,
                               @Valid @RequestBody CardPaymentRequest request) {
        return checkout.pay(identity.subject(), renewalId, request.cardNumber(), request.idempotencyKey());
    }

    /**
     * F3: the qualified invoice of a bank transfer, as issued. It is issued with the choice; the read model follows
     * within moments, so a download right after choosing waits for it briefly rather than answering 404.
     */
    @GetMapping("/{renewalId}/invoice")
    @ProblemCodes({"404 payment.invoice-not-found"})
    ResponseEntity<byte[]> invoice(Identity identity, @PathVariable String renewalId) {
        Invoice invoice = awaitIssued(() -> queries.query(new FindInvoiceQuery(identity.subject(), renewalId),
                        ResponseTypes.optionalInstanceOf(Invoice.class)).join(),
                () -> mayBeInvoiced(identity, renewalId))
                .orElseThrow(() -> Rejection.notFound("payment.invoice-not-found",
                        "請求書はありません。請求書は「銀行振込」を選択したお申し込みにのみ発行されます。"));
        return pdf(invoice.invoiceNumber(), invoices.render(invoice));
    }

    /** F4: the receipt, once paid. */
    @GetMapping("/{renewalId}/receipt")
    @ProblemCodes({"404 payment.receipt-not-found"})
    ResponseEntity<byte[]> receipt(Identity identity, @PathVariable String renewalId) {
        Receipt receipt = queries.query(new FindReceiptQuery(identity.subject(), renewalId),
                ResponseTypes.optionalInstanceOf(Receipt.class)).join().orElseThrow(() -> Rejection.notFound(
                "payment.receipt-not-found", "領収書はまだありません。領収書は更新料のお支払いを確認した後に発行されます。"));
        return pdf(receipt.receiptNumber(), receipts.render(receipt));
    }

    /** Only the caller's own order, by bank transfer or with its method not yet in the read model, may be. */
    private boolean mayBeInvoiced(Identity identity, String renewalId) {
        return orders(identity).stream().filter(o -> o.renewalId().equals(renewalId)).findFirst()
                .map(order -> order.method() == null || order.method() == PaymentMethod.BANK_TRANSFER)
                .orElse(false);
    }

    /**
     * The document, waiting up to {@link #READ_MODEL_PATIENCE} when it is not there yet but {@code mayStillCome}
     * (asked once) says it may be on its way.
     */
    private static <T> Optional<T> awaitIssued(Supplier<Optional<T>> document, BooleanSupplier mayStillCome) {
        Optional<T> found = document.get();
        if (found.isPresent() || !mayStillCome.getAsBoolean()) {
            return found;
        }
        long deadline = System.nanoTime() + READ_MODEL_PATIENCE.toNanos();
        while (found.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            found = document.get();
        }
        return found;
    }

    private static ResponseEntity<byte[]> pdf(String number, byte[] document) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(number + ".pdf", StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(document);
    }
}
