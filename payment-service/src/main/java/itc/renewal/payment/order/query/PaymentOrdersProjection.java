package itc.renewal.payment.order.query;

import itc.renewal.payment.order.api.CardPaymentSucceededAfterLapseEvent;
import itc.renewal.payment.order.api.CardPaymentSucceededEvent;
import itc.renewal.payment.order.api.FindMemberPaymentOrdersQuery;
import itc.renewal.payment.order.api.PaymentMethod;
import itc.renewal.payment.order.api.PaymentOrderClosedEvent;
import itc.renewal.payment.order.api.PaymentOrderOpenedEvent;
import itc.renewal.payment.order.api.PaymentOrderView;
import itc.renewal.payment.order.api.PaymentStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The members' payment orders. Every handler is idempotent (insert-if-absent, plain updates), so a
 * tracking processor that retries a batch or replays from the start leaves the same rows.
 */
@Component
@ProcessingGroup("payment-orders")
class PaymentOrdersProjection {

    private final JdbcTemplate jdbc;

    PaymentOrdersProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PaymentOrderOpenedEvent event) {
        jdbc.update("insert into payment_orders (renewal_id, member_id, fiscal_year, amount, currency, status) "
                        + "values (?, ?, ?, ?, ?, ?) on conflict (renewal_id) do nothing",
                event.renewalId(), event.memberId(), event.fiscalYear(), event.amount(), event.currency(),
                PaymentStatus.AWAITING_PAYMENT.name());
    }

    @EventHandler
    void on(CardPaymentSucceededEvent event) {
        paid(event.renewalId(), PaymentStatus.PAID, event.paidAt(), event.cardLast4(), event.providerReference());
    }

    /** A closed order that was never opened has no row: there is nothing to show, nor to pay. */
    @EventHandler
    void on(PaymentOrderClosedEvent event) {
        jdbc.update("update payment_orders set status = ? where renewal_id = ?",
                PaymentStatus.CLOSED_LAPSED.name(), event.renewalId());
    }

    @EventHandler
    void on(CardPaymentSucceededAfterLapseEvent event) {
        paid(event.renewalId(), PaymentStatus.PAID_AFTER_LAPSE, event.paidAt(), event.cardLast4(),
                event.providerReference());
    }

    private void paid(String renewalId, PaymentStatus status, Instant paidAt, String cardLast4, String reference) {
        jdbc.update("update payment_orders set status = ?, method = ?, paid_at = ?, card_last4 = ?, "
                        + "provider_reference = ? where renewal_id = ?",
                status.name(), PaymentMethod.CARD.name(), Timestamp.from(paidAt), cardLast4, reference, renewalId);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from payment_orders");
    }

    @QueryHandler
    List<PaymentOrderView> handle(FindMemberPaymentOrdersQuery query) {
        return jdbc.query("select * from payment_orders where member_id = ? order by fiscal_year desc, renewal_id",
                PaymentOrdersProjection::view, query.memberId());
    }

    private static PaymentOrderView view(ResultSet row, int rowNumber) throws SQLException {
        Timestamp paidAt = row.getTimestamp("paid_at");
        String method = row.getString("method");
        return new PaymentOrderView(row.getString("renewal_id"), row.getString("renewal_id"),
                row.getInt("fiscal_year"), row.getBigDecimal("amount"), row.getString("currency").trim(),
                PaymentStatus.valueOf(row.getString("status")),
                method == null ? null : PaymentMethod.valueOf(method),
                paidAt == null ? null : paidAt.toInstant());
    }
}
