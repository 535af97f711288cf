package itc.renewal.payment.reconciliation.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One credit of an imported statement and what it did.
 *
 * @param renewalId the order its transfer reference names, null when none
 */
public record ReconciledLine(String lineId, int record, LocalDate accountDate, BigDecimal amount, String payerName,
                             String renewalId, LineOutcome outcome) {
}
