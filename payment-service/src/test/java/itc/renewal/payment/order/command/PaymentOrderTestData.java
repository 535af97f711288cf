package itc.renewal.payment.order.command;

import itc.renewal.payment.order.api.CardPaymentDeclinedEvent;
import itc.renewal.payment.order.api.CardPaymentSucceededEvent;
import itc.renewal.payment.order.api.OpenPaymentOrderCommand;
import itc.renewal.payment.order.api.PaymentOrderOpenedEvent;
import itc.renewal.payment.order.api.RecordCardDeclineCommand;
import itc.renewal.payment.order.api.RecordCardPaymentCommand;

import java.math.BigDecimal;
import java.time.Instant;

/** Named facts about M0000001's FY2027 renewal fee. */
final class PaymentOrderTestData {

    static final String RENEWAL = "2027-M0000001";
    static final String MEMBER = "M0000001";
    static final BigDecimal FEE = new BigDecimal("22000");
    static final Instant PAID_AT = Instant.parse("2027-04-10T01:00:00Z");

    private PaymentOrderTestData() {
    }

    static OpenPaymentOrderCommand open() {
        return new OpenPaymentOrderCommand(RENEWAL, MEMBER, 2027, FEE, "JPY");
    }

    static PaymentOrderOpenedEvent opened() {
        return new PaymentOrderOpenedEvent(RENEWAL, MEMBER, 2027, FEE, "JPY");
    }

    static RecordCardPaymentCommand recordPayment(String key) {
        return new RecordCardPaymentCommand(RENEWAL, MEMBER, key, "ref-" + key, "4242", PAID_AT);
    }

    static CardPaymentSucceededEvent paid(String key) {
        return new CardPaymentSucceededEvent(RENEWAL, MEMBER, FEE, "ref-" + key, key, PAID_AT, 2027, "JPY", "4242");
    }

    static RecordCardDeclineCommand recordDecline(String key) {
        return new RecordCardDeclineCommand(RENEWAL, MEMBER, key, "insufficient funds", "0002");
    }

    static CardPaymentDeclinedEvent declined(String key) {
        return new CardPaymentDeclinedEvent(RENEWAL, "insufficient funds", key, "0002");
    }
}
