package itc.renewal.payment.order.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.payment.order.api.BankTransferInvoiceIssuedEvent;
import itc.renewal.payment.order.api.CardPaymentSucceededAfterLapseEvent;
import itc.renewal.payment.order.api.CardPaymentSucceededEvent;
import itc.renewal.payment.order.api.ConvenienceSlipIssuedEvent;
import itc.renewal.payment.order.api.PaymentConfirmedEvent;
import itc.renewal.payment.order.api.PaymentMethod;
import itc.renewal.payment.order.api.PaymentMethodChosenEvent;
import itc.renewal.payment.order.api.PaymentOrderClosedEvent;
import itc.renewal.payment.order.api.PaymentOrderOpenedEvent;
import itc.renewal.payment.order.api.PaymentReceivedEvent;
import itc.renewal.payment.order.api.PaymentStatus;
import itc.renewal.payment.order.api.PaymentUnappliedEvent;
import itc.renewal.payment.order.api.ReceiptIssuedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The members' payment orders and the money that paid none (read by {@link PaymentOrderQueries}). Every handler is
 * idempotent (insert-if-absent, plain updates), so a tracking processor that retries a batch or replays from the
 * start leaves the same rows. Issued documents are kept whole, as JSON.
 */
@Component
@ProcessingGroup("payment-orders")
class PaymentOrdersProjection {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    PaymentOrdersProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(PaymentOrderOpenedEvent event) {
        jdbc.update("insert into payment_orders (renewal_id, member_id, fiscal_year, amount, currency, status, "
                        + "payable_until) values (?, ?, ?, ?, ?, ?, ?) on conflict (renewal_id) do nothing",
                event.renewalId(), event.memberId(), event.fiscalYear(), event.amount(), event.currency(),
                PaymentStatus.AWAITING_PAYMENT.name(), timestamp(event.payableUntil()));
    }

    @EventHandler
    void on(PaymentMethodChosenEvent event) {
        jdbc.update("update payment_orders set method = ?, method_chosen_at = ? where renewal_id = ?",
                event.method().name(), timestamp(event.chosenAt()), event.renewalId());
    }

    @EventHandler
    void on(BankTransferInvoiceIssuedEvent event) {
        jdbc.update("update payment_orders set invoice = cast(? as jsonb) where renewal_id = ?",
                write(event.invoice()), event.renewalId());
    }

    @EventHandler
    void on(ConvenienceSlipIssuedEvent event) {
        jdbc.update("update payment_orders set slip_number = ?, slip_payable_until = ? where renewal_id = ?",
                event.slip().slipNumber(), timestamp(event.slip().payableUntil()), event.renewalId());
    }

    @EventHandler
    void on(CardPaymentSucceededEvent event) {
        paidByCard(event.renewalId(), PaymentStatus.PAID, event.paidAt(), event.cardLast4(), event.providerReference());
    }

    @EventHandler
    void on(CardPaymentSucceededAfterLapseEvent event) {
        paidByCard(event.renewalId(), PaymentStatus.PAID_AFTER_LAPSE, event.paidAt(), event.cardLast4(),
                event.providerReference());
    }

    @EventHandler
    void on(PaymentReceivedEvent event) {
        paid(event.renewalId(), PaymentStatus.PAID, event.method(), event.payment().recordedAt());
        jdbc.update("update payment_orders set provider_reference = ? where renewal_id = ?",
                event.payment().reference(), event.renewalId());
    }

    @EventHandler
    void on(PaymentConfirmedEvent event) {
        paid(event.renewalId(), PaymentStatus.PAID, event.method(), event.confirmedAt());
        jdbc.update("update payment_orders set confirmed_by = ?, confirmed_reason = ? where renewal_id = ?",
                event.operatorId(), event.reason(), event.renewalId());
    }

    @EventHandler
    void on(PaymentUnappliedEvent event) {
        jdbc.update("insert into unapplied_payments (reference, renewal_id, member_id, method, amount, received_on, "
                        + "payer, outcome, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (reference) do nothing",
                event.payment().reference(), event.renewalId(), event.memberId(), event.method().name(),
                event.payment().amount(),
                event.payment().receivedOn() == null ? null : Date.valueOf(event.payment().receivedOn()),
                event.payment().payer(), event.outcome().name(), timestamp(event.payment().recordedAt()));
    }

    @EventHandler
    void on(ReceiptIssuedEvent event) {
        jdbc.update("update payment_orders set receipt = cast(? as jsonb) where renewal_id = ?",
                write(event.receipt()), event.renewalId());
    }

    /** A closed order that was never opened has no row: there is nothing to show, nor to pay. */
    @EventHandler
    void on(PaymentOrderClosedEvent event) {
        jdbc.update("update payment_orders set status = ? where renewal_id = ?",
                PaymentStatus.CLOSED_LAPSED.name(), event.renewalId());
    }

    private void paidByCard(String renewalId, PaymentStatus status, Instant paidAt, String cardLast4,
                            String reference) {
        jdbc.update("update payment_orders set status = ?, method = ?, paid_at = ?, card_last4 = ?, "
                        + "provider_reference = ? where renewal_id = ?", status.name(), PaymentMethod.CARD.name(),
                timestamp(paidAt), cardLast4, reference, renewalId);
    }

    private void paid(String renewalId, PaymentStatus status, PaymentMethod method, Instant paidAt) {
        jdbc.update("update payment_orders set status = ?, method = ?, paid_at = ? where renewal_id = ?",
                status.name(), method.name(), timestamp(paidAt), renewalId);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from payment_orders");
        jdbc.update("delete from unapplied_payments");
    }

    private String write(Object document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
