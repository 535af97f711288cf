package itc.renewal.payment.order.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Money that reached the association outside the card provider: a credit on a bank statement or a store network's
 * notification. Its {@code reference} identifies it for good (statement line id or notification id), so the same
 * money recorded twice is recognised.
 *
 * @param reference  the statement line id or the store notification id
 * @param amount     whole yen
 * @param receivedOn the day the money was credited or paid in
 * @param payer      who paid as the source says (payer name on the statement, store name for a slip)
 * @param recordedAt business time of the recording
 */
public record ReceivedPayment(String reference, BigDecimal amount, LocalDate receivedOn, String payer,
                              Instant recordedAt) {

    public ReceivedPayment {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
