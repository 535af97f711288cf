package itc.renewal.renewal.procedure.query;

import itc.renewal.platform.audit.AuditEntry;
import itc.renewal.renewal.procedure.api.RenewalStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A member's renewals as they stood at an instant, folded from the renewal facts on the audit trail up to then
 * (rules C1, Q5, Q6): applied, fee settled (paid or waived), report submitted, completed or lapsed.
 */
public final class RenewalStateAsOf {

    /** A renewal's id: its fiscal year, a hyphen and the member id ({@code 2027-M0000001}). */
    private static final Pattern RENEWAL_ID = Pattern.compile("\\d{4}-M\\d{7}");

    private RenewalStateAsOf() {
    }

    /** One renewal at the instant; {@code since} is when its last fact happened. */
    public record RenewalState(String renewalId, int fiscalYear, RenewalStatus status, boolean feeSettled,
                               boolean reportSubmitted, Instant since) {
    }

    /** @param entries renewal-service's trail of one member up to the instant, oldest first */
    public static List<RenewalState> fold(List<AuditEntry> entries) {
        Map<String, RenewalState> renewals = new LinkedHashMap<>();
        for (AuditEntry entry : entries) {
            if (entry.aggregateId() == null || !RENEWAL_ID.matcher(entry.aggregateId()).matches()) {
                continue;
            }
            String id = entry.aggregateId();
            RenewalState before = renewals.getOrDefault(id, new RenewalState(id,
                    Integer.parseInt(id.substring(0, 4)), RenewalStatus.NOT_APPLIED, false, false, entry.occurredAt()));
            RenewalState after = switch (entry.type()) {
                case "RenewalAppliedEvent" -> new RenewalState(id, before.fiscalYear(), RenewalStatus.APPLIED,
                        before.feeSettled() || entry.payload().path("feeWaived").asBoolean(false),
                        before.reportSubmitted(), entry.occurredAt());
                case "FeePaymentRecordedEvent" -> new RenewalState(id, before.fiscalYear(), before.status(), true,
                        before.reportSubmitted(), entry.occurredAt());
                case "ReportSubmissionRecordedEvent" -> new RenewalState(id, before.fiscalYear(), before.status(),
                        before.feeSettled(), true, entry.occurredAt());
                case "RenewalCompletedEvent" -> new RenewalState(id, before.fiscalYear(), RenewalStatus.COMPLETED,
                        true, true, entry.occurredAt());
                case "RenewalLapsedEvent" -> new RenewalState(id, before.fiscalYear(), RenewalStatus.LAPSED,
                        before.feeSettled(), before.reportSubmitted(), entry.occurredAt());
                default -> before;
            };
            renewals.put(id, after);
        }
        return new ArrayList<>(renewals.values());
    }
}
