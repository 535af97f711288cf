package itc.renewal.renewal.procedure.command;

import itc.renewal.renewal.procedure.InMemoryPointsLock;
import itc.renewal.renewal.procedure.api.ApplyForRenewalCommand;
import itc.renewal.renewal.procedure.domain.FiscalYearSettings;
import itc.renewal.renewal.procedure.domain.PointsRequirement;
import itc.renewal.renewal.procedure.domain.RenewalSettings;
import itc.renewal.renewal.qualification.api.QualificationStatus;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

import static itc.renewal.renewal.procedure.RenewalTestData.DEFAULTS;
import static itc.renewal.renewal.procedure.RenewalTestData.FY2027;
import static itc.renewal.renewal.procedure.RenewalTestData.InMemoryCountedPoints;
import static itc.renewal.renewal.procedure.RenewalTestData.PAYING;
import static itc.renewal.renewal.procedure.RenewalTestData.clockAt;
import static itc.renewal.renewal.procedure.RenewalTestData.holder;
import static itc.renewal.renewal.procedure.RenewalTestData.holders;
import static itc.renewal.renewal.procedure.RenewalTestData.payingHolder;

/**
 * Applying for a renewal (A1 and Q3, A2, Q4, Q5, P4, P5) as {@link RenewalApplicationHandler} checks it before a
 * renewal exists: the registry's holders, points-service's ledger and the projection a test fills, and a fresh
 * fixture per business time and settings.
 */
final class ApplicationScenario {

    static final ApplyForRenewalCommand APPLY = new ApplyForRenewalCommand(PAYING, 2027, "2027.1");
    /** Did not renew in FY2026: the qualification ended on 31 May 2026 (Q6). */
    static final String EXPIRED = "M0000098";
    /** Certified in April 2026 (FY2026): first renewal in FY2027 (Q2). */
    static final String NEW = "M0000097";
    static final BigDecimal TEN = new BigDecimal("10");

    /** points-service's ledger and its lock of the counted year (P4); a member without a ledger has 0. */
    final InMemoryPointsLock lock = new InMemoryPointsLock();
    /** The Kafka-fed projection of counted points. */
    final InMemoryCountedPoints projection = new InMemoryCountedPoints();

    /** A fresh fixture whose handler reads business time {@code now} and {@code settings}. */
    AggregateTestFixture<Renewal> at(Instant now, RenewalSettings settings) {
        AggregateTestFixture<Renewal> fixture = new AggregateTestFixture<>(Renewal.class);
        fixture.registerAnnotatedCommandHandler(new RenewalApplicationHandler(fixture.getRepository(),
                FixtureAppliedRenewals.of(fixture),
                holders(payingHolder(), holder("M0000099", YearMonth.of(2010, 4), QualificationStatus.LAPSED),
                        holder(EXPIRED, YearMonth.of(2016, 3), LocalDate.of(2026, 5, 31)),
                        holder(NEW, YearMonth.of(2026, 4), LocalDate.of(2027, 5, 31))),
                projection, lock, settings, PointsRequirement.STANDARD, clockAt(now)));
        return fixture;
    }

    static Instant japan(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+09:00").toInstant();
    }

    /** Settings an operator stored for FY2027 (or the defaults for any other FY). */
    static RenewalSettings stored(String opensAt, String closesAt, String fee, String termsVersion) {
        FiscalYearSettings fy2027 = FiscalYearSettings.of(FY2027, OffsetDateTime.parse(opensAt),
                OffsetDateTime.parse(closesAt), new BigDecimal(fee), termsVersion, "規約 " + termsVersion);
        return year -> year.equals(FY2027) ? fy2027 : DEFAULTS.forFiscalYear(year);
    }
}
