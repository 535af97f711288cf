package itc.renewal.payment.order.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A receipt (領収書, rule F4) as issued, everything printed on it.
 *
 * @param receiptNumber  e.g. RCT-2027-M0000001
 * @param issuedOn       発行日
 * @param paidOn         the day the fee was paid
 * @param addressee      宛名 from the billing profile then, or 上様 without one
 * @param issuerName     the association
 * @param registrationNumber T and 13 digits
 * @param description    what was paid for
 * @param method         how it was paid
 * @param taxExcluded    amount without tax
 * @param taxRatePercent 10
 * @param tax            consumption tax
 * @param total          the amount received
 */
public record Receipt(
        String receiptNumber,
        LocalDate issuedOn,
        LocalDate paidOn,
        String addressee,
        String issuerName,
        String registrationNumber,
        String description,
        PaymentMethod method,
        BigDecimal taxExcluded,
        int taxRatePercent,
        BigDecimal tax,
        BigDecimal total) {
}
