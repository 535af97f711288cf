package itc.renewal.notification.acknowledgement.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A step of a member's renewal that the association acknowledges by e-mail (C4): the application received, the fee
 * received, the practice activity report received.
 *
 * @param feeAmount      the fee of the application, or the amount paid; null for the report
 * @param feeWaived      for the application: a first renewal pays nothing
 * @param method         for the payment: CARD, BANK_TRANSFER or CONVENIENCE_STORE
 * @param windowClosesAt for the application: when the renewal window closes (exclusive); may be null
 */
public record Acknowledgement(Kind kind, String memberId, String renewalId, int fiscalYear, Instant occurredAt,
                              BigDecimal feeAmount, boolean feeWaived, String method, Instant windowClosesAt) {

    public enum Kind { APPLICATION_RECEIVED, PAYMENT_RECEIVED, REPORT_RECEIVED }

    public Acknowledgement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(renewalId, "renewalId");
    }
}
