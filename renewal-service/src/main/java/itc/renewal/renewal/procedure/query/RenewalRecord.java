package itc.renewal.renewal.procedure.query;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of the {@code renewal_status} read model. */
record RenewalRecord(String renewalId, BigDecimal feeAmount, boolean feeWaived, String termsVersion,
                     boolean feePaid, boolean reportSubmitted, boolean completed, LocalDate newExpiry,
                     boolean lapsed) {
}
