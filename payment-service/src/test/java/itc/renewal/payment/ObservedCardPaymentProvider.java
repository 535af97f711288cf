package itc.renewal.payment;

import itc.renewal.payment.provider.CardNumber;
import itc.renewal.payment.provider.CardPaymentProvider;
import itc.renewal.payment.provider.ChargeResult;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Primary;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The simulated provider as the ITs watch it: it notes every key charged, and its next charge can
 * be held (to overlap two requests for sure) or can die before or after the money moves (as a
 * crashed process would leave it).
 */
@Primary
class ObservedCardPaymentProvider implements CardPaymentProvider {

    enum Death { BEFORE_CHARGE, AFTER_CHARGE }

    /** A charge held at the provider until released. */
    record Hold(CountDownLatch entered, CountDownLatch released) {

        boolean awaitEntered() throws InterruptedException {
            return entered.await(60, TimeUnit.SECONDS);
        }

        void release() {
            released.countDown();
        }
    }

    private final CardPaymentProvider simulated;
    private final Queue<String> chargedKeys = new ConcurrentLinkedQueue<>();
    private final AtomicReference<Hold> nextHold = new AtomicReference<>();
    private final AtomicReference<Death> nextDeath = new AtomicReference<>();

    ObservedCardPaymentProvider(@Qualifier("simulatedCardPaymentProvider") CardPaymentProvider simulated) {
        this.simulated = simulated;
    }

    Hold holdNextCharge() {
        Hold hold = new Hold(new CountDownLatch(1), new CountDownLatch(1));
        nextHold.set(hold);
        return hold;
    }

    void dieAtNextCharge(Death death) {
        nextDeath.set(death);
    }

    /** The distinct keys charged for one order: the provider moves money once per key. */
    long chargesFor(String renewalId) {
        return chargedKeys.stream().filter(key -> key.startsWith(renewalId + "/")).distinct().count();
    }

    @Override
    public ChargeResult charge(String idempotencyKey, CardNumber cardNumber, BigDecimal amount, String currency) {
        Hold hold = nextHold.getAndSet(null);
        if (hold != null) {
            hold.entered().countDown();
            awaitRelease(hold);
        }
        Death death = nextDeath.getAndSet(null);
        if (death == Death.BEFORE_CHARGE) {
            throw new IllegalStateException("simulated crash before the charge reached the provider");
        }
        chargedKeys.add(idempotencyKey);
        ChargeResult result = simulated.charge(idempotencyKey, cardNumber, amount, currency);
        if (death == Death.AFTER_CHARGE) {
            throw new IllegalStateException("simulated crash after the provider charged");
        }
        return result;
    }

    @Override
    public Optional<ChargeResult> resultFor(String idempotencyKey) {
        return simulated.resultFor(idempotencyKey);
    }

    private static void awaitRelease(Hold hold) {
        try {
            if (!hold.released().await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("held charge never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
