package itc.renewal.points.integration.inbound;

import itc.renewal.contracts.renewal.v1.RenewalApplied;
import itc.renewal.points.ledger.api.LockFiscalYearCommand;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class InboundListenersTest {

    @Test
    void p4_theRenewalOfAYearLocksThePreviousYear() {
        RenewalApplied applied = new RenewalApplied(UUID.randomUUID(), Instant.parse("2027-04-10T00:30:00Z"),
                "M0000001", "2027-M0000001", 2027, new BigDecimal("22000"), "JPY", false, "2027.1", null, null, null);

        assertThat(InboundListeners.lock(applied)).isEqualTo(new LockFiscalYearCommand("M0000001", 2026, 2027));
    }
}
