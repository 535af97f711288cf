package itc.renewal.platformtest;

import itc.renewal.contracts.renewal.v1.RenewalApplied;
import itc.renewal.contracts.renewal.v1.RenewalLapsed;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** renewal-service's events as its relay publishes them, for the ITs of the services that consume them. */
public final class RenewalEventSamples {

    private RenewalEventSamples() {
    }

    /** The FY {@code fiscalYear} renewal of {@code member} (id {@code <fy>-<member>}) applied with {@code fee} JPY. */
    public static RenewalApplied applied(UUID eventId, Instant occurredAt, String member, int fiscalYear, String fee,
                                         boolean waived) {
        return new RenewalApplied(eventId, occurredAt, member, fiscalYear + "-" + member, fiscalYear,
                new BigDecimal(fee), "JPY", waived, "2027.1", windowEnd(fiscalYear), new BigDecimal("10.0"), 1L);
    }

    /** The standard end of the window of {@code fiscalYear}: 1 June 00:00 JST (rule Q5). */
    public static Instant windowEnd(int fiscalYear) {
        return Instant.parse(fiscalYear + "-05-31T15:00:00Z");
    }

    /** The window of {@code fiscalYear} closed at 1 June 00:00 JST with the applied renewal incomplete (rule C3). */
    public static RenewalLapsed lapsed(UUID eventId, String member, int fiscalYear) {
        return new RenewalLapsed(eventId, windowEnd(fiscalYear), member,
                fiscalYear + "-" + member, fiscalYear, LocalDate.of(fiscalYear, 5, 31), true);
    }
}
