package itc.renewal.renewal.procedure.api;

import java.math.BigDecimal;
import java.time.Instant;

public record FeePaymentRecordedEvent(String renewalId, String memberId, int fiscalYear, BigDecimal amount,
                                      String method, Instant paidAt) {
}
