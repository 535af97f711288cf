package itc.renewal.payment.order.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.payment.order.api.PaymentMethod;
import itc.renewal.payment.order.api.ReceivedPayment;
import itc.renewal.payment.order.api.ReceivedPaymentOutcome;
import itc.renewal.payment.order.domain.FeeDocuments;
import itc.renewal.payment.provider.StoreCallbackSignature;
import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.problem.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;

/**
 * The store network tells that a slip was paid at a till. Only a correctly signed notification is heard (401 and
 * a WARN log otherwise, naming the sender); the same notification again changes nothing (ALREADY_RECORDED), and
 * money that does not pay the order is recorded and listed for an operator, never refused: it has moved.
 */
@Service
public class StoreCallbacks {

    /** The network's notification: its id, our order id, the slip, the amount, when and where it was paid. */
    record StoreCallback(String notificationId, String orderId, String slipNumber, BigDecimal amount, Instant paidAt,
                         String store) {

        boolean complete() {
            return notificationId != null && !notificationId.isBlank() && notificationId.length() <= 64
                    && orderId != null && orderId.length() <= 64 && slipNumber != null && slipNumber.length() <= 40
                    && amount != null && amount.signum() > 0 && amount.stripTrailingZeros().scale() <= 0
                    && amount.precision() <= 12 && paidAt != null;
        }

        /** The store as the operator's list shows it (the column holds 100 characters). */
        String storeName() {
            return store == null || store.isBlank() ? "コンビニ" : store.length() > 100 ? store.substring(0, 100) : store;
        }
    }

    /** The header the network signs with, for the controller that cannot know the provider package itself. */
    public static final String SIGNATURE_HEADER = StoreCallbackSignature.HEADER;

    private static final Logger log = LoggerFactory.getLogger(StoreCallbacks.class);

    private final StoreCallbackSignature signature;
    private final ReceivedPayments payments;
    private final ObjectMapper json;
    private final BusinessClock clock;

    StoreCallbacks(StoreCallbackSignature signature, ReceivedPayments payments, ObjectMapper json,
                   BusinessClock clock) {
        this.signature = signature;
        this.payments = payments;
        this.json = json;
        this.clock = clock;
    }

    /** @param sender the caller's address, for the log of a refused notification */
    public ReceivedPaymentOutcome receive(String signed, byte[] body, String sender) {
        signature.problemWith(signed, body, Clock.systemUTC().instant()).ifPresent(problem -> {
            log.warn("store callback from {} refused: {}", sender, problem);
            throw new Rejection(401, "payment.callback-signature-invalid",
                    "署名が正しくないため、通知を受け付けませんでした。");
        });
        StoreCallback callback = parse(body);
        ReceivedPayment payment = new ReceivedPayment("store-" + callback.notificationId(), callback.amount(),
                callback.paidAt().atZone(FeeDocuments.JAPAN).toLocalDate(),
                callback.storeName(), clock.instant());
        return payments.record(callback.orderId(), PaymentMethod.CONVENIENCE_STORE, payment, callback.slipNumber())
                .orElseThrow(() -> Rejection.unprocessable("payment.order-unknown",
                        "注文 " + callback.orderId() + " はありません。"));
    }

    private StoreCallback parse(byte[] body) {
        try {
            StoreCallback callback = json.readValue(body, StoreCallback.class);
            if (callback != null && callback.complete()) {
                return callback;
            }
        } catch (IOException e) {
            // answered below
        }
        throw Rejection.badInput("payment.callback-invalid", "通知の内容が不完全です（notificationId（64文字以内）, orderId, "
                + "slipNumber, amount（円、整数）, paidAt が必要です）。");
    }
}
