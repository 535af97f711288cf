package itc.renewal.payment.order.api;

import java.util.Objects;

/** The payment orders of one member, newest fiscal year first; answers a list of {@link PaymentOrderView}. */
public record FindMemberPaymentOrdersQuery(String memberId) {

    public FindMemberPaymentOrdersQuery {
        Objects.requireNonNull(memberId, "memberId");
    }
}
