package itc.renewal.payment.order.command;

import itc.renewal.payment.order.api.AbandonCardChargeCommand;
import itc.renewal.payment.order.api.BankTransferInvoiceIssuedEvent;
import itc.renewal.payment.order.api.CardChargeAbandonedEvent;
import itc.renewal.payment.order.api.CardChargeStartedEvent;
import itc.renewal.payment.order.api.CardPaymentDeclinedEvent;
import itc.renewal.payment.order.api.CardPaymentSucceededAfterLapseEvent;
import itc.renewal.payment.order.api.CardPaymentSucceededEvent;
import itc.renewal.payment.order.api.CardPaymentTerms;
import itc.renewal.payment.order.api.ChoosePaymentMethodCommand;
import itc.renewal.payment.order.api.ClosePaymentOrderCommand;
import itc.renewal.payment.order.api.ConvenienceSlip;
import itc.renewal.payment.order.api.ConvenienceSlipIssuedEvent;
import itc.renewal.payment.order.api.Invoice;
import itc.renewal.payment.order.api.InvoiceParties;
import itc.renewal.payment.order.api.OpenPaymentOrderCommand;
import itc.renewal.payment.order.api.PaymentMethod;
import itc.renewal.payment.order.api.PaymentMethodChosenEvent;
import itc.renewal.payment.order.api.PaymentOrderClosedEvent;
import itc.renewal.payment.order.api.PaymentOrderOpenedEvent;
import itc.renewal.payment.order.api.PaymentReceivedEvent;
import itc.renewal.payment.order.api.PaymentUnappliedEvent;
import itc.renewal.payment.order.api.PendingCardCharge;
import itc.renewal.payment.order.api.ReceivedPayment;
import itc.renewal.payment.order.api.ReceivedPaymentOutcome;
import itc.renewal.payment.order.api.RecordCardDeclineCommand;
import itc.renewal.payment.order.api.RecordCardPaymentCommand;
import itc.renewal.payment.order.api.RecordReceivedPaymentCommand;
import itc.renewal.payment.order.api.StartCardChargeCommand;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

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
        return new OpenPaymentOrderCommand(RENEWAL, MEMBER, 2027, FEE, "JPY", LAPSED_AT);
    }

    static PaymentOrderOpenedEvent opened() {
        return new PaymentOrderOpenedEvent(RENEWAL, MEMBER, 2027, FEE, "JPY", LAPSED_AT);
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

    static final InvoiceParties PARTIES = new InvoiceParties("特定非営利活動法人ITコーディネータ協会", "T9234567890123",
            "みずほ銀行 東京営業部（店番 001） 普通 1234567 名義 ﾄｸﾋ) ｱｲﾃｲｺｰﾃﾞｨﾈｰﾀｷｮｳｶｲ", "株式会社見本", "ミホン タロウ");
    static final Instant CHOSEN_AT = Instant.parse("2027-04-10T01:00:00Z");

    static ChoosePaymentMethodCommand choose(PaymentMethod method) {
        return new ChoosePaymentMethodCommand(RENEWAL, MEMBER, method, CHOSEN_AT,
                method == PaymentMethod.BANK_TRANSFER ? PARTIES : null);
    }

    static PaymentMethodChosenEvent chosen(PaymentMethod method, Instant at) {
        return new PaymentMethodChosenEvent(RENEWAL, MEMBER, 2027, method, at);
    }

    static PaymentMethodChosenEvent chosen(PaymentMethod method) {
        return chosen(method, CHOSEN_AT);
    }

    /** The FY2027 invoice: 22,000 JPY with 2,000 JPY tax, due 31 May, reference 27 + 0000001 + check digit. */
    static Invoice invoice() {
        return new Invoice("INV-" + RENEWAL, LocalDate.of(2027, 4, 10), LocalDate.of(2027, 5, 31), PARTIES,
                "2027年度 ITコーディネータ資格更新料", new BigDecimal("20000"), 10, new BigDecimal("2000"), FEE,
                TRANSFER_REFERENCE);
    }

    static final String TRANSFER_REFERENCE = "2700000017";

    static BankTransferInvoiceIssuedEvent invoiced() {
        return new BankTransferInvoiceIssuedEvent(RENEWAL, MEMBER, invoice());
    }

    static final ConvenienceSlip SLIP = new ConvenienceSlip("120270000001", FEE, LAPSED_AT);

    static ConvenienceSlipIssuedEvent slipIssued() {
        return new ConvenienceSlipIssuedEvent(RENEWAL, MEMBER, SLIP);
    }

    static ReceivedPayment transfer(String line, String yen) {
        return new ReceivedPayment(line, new BigDecimal(yen), LocalDate.of(2027, 4, 12), "2700000017 ﾐﾎﾝ ﾀﾛｳ",
                PAID_AT);
    }

    static RecordReceivedPaymentCommand receive(PaymentMethod method, ReceivedPayment payment) {
        return new RecordReceivedPaymentCommand(RENEWAL, method, payment,
                method == PaymentMethod.CONVENIENCE_STORE ? SLIP.slipNumber() : null);
    }

    static PaymentReceivedEvent received(PaymentMethod method, ReceivedPayment payment) {
        return new PaymentReceivedEvent(RENEWAL, MEMBER, 2027, "JPY", method, payment);
    }

    static PaymentUnappliedEvent unapplied(PaymentMethod method, ReceivedPayment payment,
                                           ReceivedPaymentOutcome outcome) {
        return new PaymentUnappliedEvent(RENEWAL, MEMBER, method, payment, outcome);
    }
}
