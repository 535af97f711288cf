package itc.renewal.renewal.procedure.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import itc.renewal.platform.audit.AuditEntry;
import itc.renewal.renewal.procedure.api.RenewalStatus;
import itc.renewal.renewal.procedure.query.RenewalStateAsOf.RenewalState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RenewalStateAsOfTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T = Instant.parse("2027-04-10T01:00:00Z");

    @Test
    void c1_aRenewalIsAppliedThenSettledThenCompleteAsItsFactsArrive() {
        List<AuditEntry> trail = List.of(entry("RenewalAppliedEvent", 0, "{\"feeWaived\":false}"),
                entry("FeePaymentRecordedEvent", 60, "{}"), entry("ReportSubmissionRecordedEvent", 120, "{}"),
                entry("RenewalCompletedEvent", 121, "{}"));

        assertThat(RenewalStateAsOf.fold(trail.subList(0, 2))).containsExactly(new RenewalState("2027-M0000001", 2027,
                RenewalStatus.APPLIED, true, false, T.plusSeconds(60)));
        assertThat(RenewalStateAsOf.fold(trail)).containsExactly(new RenewalState("2027-M0000001", 2027,
                RenewalStatus.COMPLETED, true, true, T.plusSeconds(121)));
    }

    @Test
    void q4_q6_aWaivedFeeIsSettledAtTheApplicationAndALapseEndsTheRenewal() {
        List<AuditEntry> trail = List.of(entry("RenewalAppliedEvent", 0, "{\"feeWaived\":true}"),
                entry("RenewalLapsedEvent", 30, "{}"), new AuditEntry("x", "renewal-service", "HolderRegisteredEvent", T,
                        "M0000001", 0L, null, null, null, JSON.createObjectNode()));

        assertThat(RenewalStateAsOf.fold(trail)).containsExactly(new RenewalState("2027-M0000001", 2027,
                RenewalStatus.LAPSED, true, false, T.plusSeconds(30)));
    }

    private static AuditEntry entry(String type, int second, String payload) {
        try {
            return new AuditEntry(type + second, "renewal-service", type, T.plusSeconds(second), "2027-M0000001",
                    (long) second, "member:M0000001", "j", "c", JSON.readTree(payload));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
