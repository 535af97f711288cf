package itc.renewal.payment.order.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.payment.order.api.ConvenienceSlip;
import itc.renewal.payment.order.api.FindInvoiceQuery;
import itc.renewal.payment.order.api.FindMemberPaymentOrdersQuery;
import itc.renewal.payment.order.api.FindReceiptQuery;
import itc.renewal.payment.order.api.FindUnappliedPaymentsQuery;
import itc.renewal.payment.order.api.Invoice;
import itc.renewal.payment.order.api.PaymentMethod;
import itc.renewal.payment.order.api.PaymentOrderView;
import itc.renewal.payment.order.api.PaymentOrderView.InvoiceSummary;
import itc.renewal.payment.order.api.PaymentOrderView.ReceiptSummary;
import itc.renewal.payment.order.api.PaymentStatus;
import itc.renewal.payment.order.api.Receipt;
import itc.renewal.payment.order.api.ReceivedPaymentOutcome;
import itc.renewal.payment.order.api.UnappliedPaymentView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the purchase history (F5), the document downloads (F3, F4) and the operators' lists read. */
@Component
class PaymentOrderQueries {

    private static final List<PaymentMethod> ALL_METHODS = List.of(PaymentMethod.values());

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    PaymentOrderQueries(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @QueryHandler
    List<PaymentOrderView> handle(FindMemberPaymentOrdersQuery query) {
        return jdbc.query("select * from payment_orders where member_id = ? order by fiscal_year desc, renewal_id",
                this::view, query.memberId());
    }

    @QueryHandler
    Optional<Invoice> handle(FindInvoiceQuery query) {
        return document("invoice", query.memberId(), query.renewalId(), Invoice.class);
    }

    @QueryHandler
    Optional<Receipt> handle(FindReceiptQuery query) {
        return document("receipt", query.memberId(), query.renewalId(), Receipt.class);
    }

    @QueryHandler
    List<UnappliedPaymentView> handle(FindUnappliedPaymentsQuery query) {
        return jdbc.query("select * from unapplied_payments order by recorded_at desc, reference", (row, n) -> {
            Date receivedOn = row.getDate("received_on");
            return new UnappliedPaymentView(row.getString("reference"), row.getString("renewal_id"),
                    row.getString("member_id"), PaymentMethod.valueOf(row.getString("method")),
                    row.getBigDecimal("amount"), receivedOn == null ? null : receivedOn.toLocalDate(),
                    row.getString("payer"), ReceivedPaymentOutcome.valueOf(row.getString("outcome")),
                    row.getTimestamp("recorded_at").toInstant());
        });
    }

    private <T> Optional<T> document(String column, String memberId, String renewalId, Class<T> type) {
        return jdbc.query("select " + column + "::text from payment_orders where renewal_id = ? and member_id = ? and "
                        + column + " is not null", (row, n) -> read(row.getString(1), type), renewalId, memberId)
                .stream().findFirst();
    }

    private PaymentOrderView view(ResultSet row, int rowNumber) throws SQLException {
        String renewalId = row.getString("renewal_id");
        String method = row.getString("method");
        PaymentStatus status = PaymentStatus.valueOf(row.getString("status"));
        String slipNumber = row.getString("slip_number");
        String invoiceJson = row.getString("invoice");
        String receiptJson = row.getString("receipt");
        InvoiceSummary invoice = InvoiceSummary.of(renewalId,
                invoiceJson == null ? null : read(invoiceJson, Invoice.class));
        ReceiptSummary receipt = ReceiptSummary.of(renewalId,
                receiptJson == null ? null : read(receiptJson, Receipt.class));
        return new PaymentOrderView(renewalId, renewalId, row.getInt("fiscal_year"), row.getBigDecimal("amount"),
                row.getString("currency").trim(), status, method == null ? null : PaymentMethod.valueOf(method),
                instant(row.getTimestamp("paid_at")),
                method == null && status == PaymentStatus.AWAITING_PAYMENT ? ALL_METHODS : List.of(), invoice,
                slipNumber == null ? null : new ConvenienceSlip(slipNumber, row.getBigDecimal("amount"),
                        instant(row.getTimestamp("slip_payable_until"))),
                receipt);
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
