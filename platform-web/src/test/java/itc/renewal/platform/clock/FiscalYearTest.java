package itc.renewal.platform.clock;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class FiscalYearTest {

    @Test
    void d1_fiscalYearRunsFromAprilFirstToMarchThirtyFirst() {
        assertThat(FiscalYear.containing(LocalDate.of(2027, 4, 1))).isEqualTo(FiscalYear.of(2027));
        assertThat(FiscalYear.containing(LocalDate.of(2027, 3, 31))).isEqualTo(FiscalYear.of(2026));
        assertThat(FiscalYear.containing(LocalDate.of(2026, 12, 31))).isEqualTo(FiscalYear.of(2026));
        assertThat(FiscalYear.of(2026).contains(LocalDate.of(2027, 3, 31))).isTrue();
        assertThat(FiscalYear.of(2026).contains(LocalDate.of(2027, 4, 1))).isFalse();
    }

    @Test
    void d1_boundaryIsMidnightJapanTimeNotUtc() {
        Instant lastInstantOfFy2026 = Instant.parse("2027-03-31T14:59:59Z");
        Instant firstInstantOfFy2027 = Instant.parse("2027-03-31T15:00:00Z");
        assertThat(FiscalYear.of(2026).end().toInstant()).isEqualTo(firstInstantOfFy2027);
        assertThat(FiscalYear.of(2027).start().toInstant()).isAfter(lastInstantOfFy2026);
    }
}
