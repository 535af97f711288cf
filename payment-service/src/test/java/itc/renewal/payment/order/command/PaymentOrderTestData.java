package itc.renewal.payment.order.command;

import itc.renewal.payment.order.api.AbandonCardChargeCommand;
import itc.renewal.payment.order.api.CardChargeAbandonedEvent;
import itc.renewal.payment.order.api.CardChargeStartedEvent;
import itc.renewal.payment.order.api.CardPaymentDeclinedEvent;
import itc.renewal.payment.order.api.CardPaymentSucceededAfterLapseEvent;
import itc.renewal.payment.order.api.CardPaymentSucceededEvent;
import itc.renewal.payment.order.api.CardPaymentTerms;
import itc.renewal.payment.order.api.ClosePaymentOrderCommand;
import itc.renewal.payment.order.api.OpenPaymentOrderCommand;
import itc.renewal.payment.order.api.PaymentOrderClosedEvent;
import itc.renewal.payment.order.api.PaymentOrderOpenedEvent;
import itc.renewal.payment.order.api.PendingCardCharge;
import itc.renewal.payment.order.api.RecordCardDeclineCommand;
import itc.renewal.payment.order.api.RecordCardPaymentCommand;
import itc.renewal.payment.order.api.StartCardChargeCommand;

import java.math.BigDecimal;
import java.time.Instant;

/** Named facts about M0000001's FY2027 renewal fee. */
final class PaymentOrderTestData {

    static final String RENEWAL = "2027-M0000001";
    static final String MEMBER = "M0000001";
    static final BigDecimal FEE = new BigDecimal("22000");
    static final Instant STARTED_AT = Instant.parse("2027-04-10T00:59:58Z");
    /** A charge {@link #started} and still without a result is stale from this moment on (rule F2). */
    static final Instant STALE_AT = STARTED_AT.plus(CardCharges.CHARGE_RESULT_TIMEOUT);
    static final Instant PAID_AT = Instant.parse("2027-04-10T01:00:00Z");
    /** 2027-06-01 00:00 JST: the FY2027 window's end. */
    static final Instant LAPSED_AT = Instant.parse("2027-05-31T15:00:00Z");

    private PaymentOrderTestData() {
    }

    static OpenPaymentOrderCommand open() {
        return new OpenPaymentOrderCommand(RENEWAL, MEMBER, 2027, FEE, "JPY");
    }

    static PaymentOrderOpenedEvent opened() {
        return new PaymentOrderOpenedEvent(RENEWAL, MEMBER, 2027, FEE, "JPY");
    }

    static StartCardChargeCommand start(String key, Instant at) {
        return new StartCardChargeCommand(RENEWAL, MEMBER, key, "4242", at);
    }

    static CardChargeStartedEvent started(String key) {
        return new CardChargeStartedEvent(RENEWAL, key, "4242", STARTED_AT);
    }

    static AbandonCardChargeCommand abandon(String key, Instant at) {
        return new AbandonCardChargeCommand(RENEWAL, MEMBER, key, at);
    }

    /** The answer to a new key while the charge {@link #started} under {@code staleKey} is stale: settle it first. */
    static CardPaymentTerms settleFirst(String staleKey) {
        return new CardPaymentTerms(RENEWAL, 2027, FEE, "JPY", null,
                new PendingCardCharge(staleKey, "4242", STARTED_AT));
    }

    static CardChargeAbandonedEvent abandoned(String key, Instant at) {
        return new CardChargeAbandonedEvent(RENEWAL, key, at);
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

    static ClosePaymentOrderCommand close() {
        return new ClosePaymentOrderCommand(RENEWAL, MEMBER, 2027, LAPSED_AT);
    }

    static PaymentOrderClosedEvent closed() {
        return new PaymentOrderClosedEvent(RENEWAL, MEMBER, 2027, LAPSED_AT);
    }

    static CardPaymentSucceededAfterLapseEvent paidAfterLapse(String key) {
        return new CardPaymentSucceededAfterLapseEvent(RENEWAL, MEMBER, FEE, "ref-" + key, key, PAID_AT, "4242");
    }
}
