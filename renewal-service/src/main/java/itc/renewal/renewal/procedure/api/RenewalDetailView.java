package itc.renewal.renewal.procedure.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The renewal detail screen of rule A2 for one member and fiscal year. {@code renewalId} is null
 * until applied; {@code countedPoints} are those of {@code countedFiscalYear} (= FY−1, rule Q3).
 */
public record RenewalDetailView(
        int fiscalYear,
        String renewalId,
        String title,
        String notice,
        TermsView terms,
        FeeView fee,
        RenewalStatus status,
        StepsView steps,
        List<RenewalStep> missing,
        WindowView window,
        int countedFiscalYear,
        BigDecimal countedPoints,
        BigDecimal requiredPoints) {

    public record TermsView(String version, String text) {
    }

    public record FeeView(BigDecimal amount, String currency, boolean waived) {
    }

    /** {@code feePaid} is true when paid or waived. */
    public record StepsView(boolean applied, boolean feePaid, boolean reportSubmitted) {
    }

    /** {@code closesAt} is exclusive: 2027-06-01T00:00+09:00 is "31 May 24:00". */
    public record WindowView(OffsetDateTime opensAt, OffsetDateTime closesAt, boolean open) {
    }
}
