package itc.renewal.renewal.renewal.command;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.qualification.api.QualificationStatus;
import itc.renewal.renewal.renewal.api.ApplyForRenewalCommand;
import itc.renewal.renewal.renewal.api.RenewalAppliedEvent;
import itc.renewal.renewal.renewal.api.RenewalPolicy;
import itc.renewal.renewal.renewal.api.RenewalWindow;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Map;

import static itc.renewal.renewal.renewal.RenewalTestData.APRIL_10;
import static itc.renewal.renewal.renewal.RenewalTestData.FY2027;
import static itc.renewal.renewal.renewal.RenewalTestData.InMemoryCountedPoints;
import static itc.renewal.renewal.renewal.RenewalTestData.PAYING;
import static itc.renewal.renewal.renewal.RenewalTestData.PAYING_RENEWAL;
import static itc.renewal.renewal.renewal.RenewalTestData.POLICY;
import static itc.renewal.renewal.renewal.RenewalTestData.TERMS;
import static itc.renewal.renewal.renewal.RenewalTestData.clockAt;
import static itc.renewal.renewal.renewal.RenewalTestData.holder;
import static itc.renewal.renewal.renewal.RenewalTestData.holders;
import static itc.renewal.renewal.renewal.RenewalTestData.paidRenewalApplied;
import static itc.renewal.renewal.renewal.RenewalTestData.payingHolder;
import static itc.renewal.renewal.renewal.RenewalTestData.rejection;

/** Rule A1 (and Q3, A2) as checked by {@link RenewalApplicationHandler} before a renewal exists. */
class RenewalApplicationHandlerTest {

    private static final ApplyForRenewalCommand APPLY = new ApplyForRenewalCommand(PAYING, 2027, "2027.1");
    /** Did not renew in FY2026: the qualification ended on 31 May 2026 (Q6). */
    private static final String EXPIRED = "M0000098";
    /** Certified in April 2026 (FY2026): first renewal in FY2027 (Q2). */
    private static final String NEW = "M0000097";

    private AggregateTestFixture<Renewal> fixture;
    private final InMemoryCountedPoints points = new InMemoryCountedPoints();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Renewal.class);
    }

    private AggregateTestFixture<Renewal> at(Instant now, RenewalPolicy policy) {
        fixture.registerAnnotatedCommandHandler(new RenewalApplicationHandler(fixture.getRepository(), FixtureAppliedRenewals.of(fixture),
                holders(payingHolder(), holder("M0000099", YearMonth.of(2010, 4), QualificationStatus.LAPSED),
                        holder(EXPIRED, YearMonth.of(2016, 3), LocalDate.of(2026, 5, 31)),
                        holder(NEW, YearMonth.of(2026, 4), LocalDate.of(2027, 5, 31))),
                points, policy, clockAt(now)));
        return fixture;
    }

    private static Instant japan(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+09:00").toInstant();
    }

    @Test
    void a1_refusesOutsideWindow() {
        points.with(PAYING, FY2027.previous(), "10");
        at(japan("2027-06-01T00:00:00"), POLICY).givenNoPriorActivity()
                .when(APPLY)
                .expectException(rejection(409, "renewal.window-closed"))
                .expectExceptionMessage("2027年度の資格更新は受付期間外です（受付期間: 2027年4月1日 0:00 ～ "
                        + "2027年5月31日 24:00（日本時間））。")
                .expectNoEvents();
    }

    @Test
    void a1_refusesBeforeTheWindowOpens() {
        points.with(PAYING, FY2027.previous(), "10");
        at(japan("2027-03-31T23:59:59"), POLICY).givenNoPriorActivity()
                .when(APPLY)
                .expectException(rejection(409, "renewal.window-closed"));
    }

    @Test
    void q5_acceptsInAWindowExtendedByTheOperator() {
        points.with(PAYING, FY2027.previous(), "10");
        RenewalPolicy extended = new RenewalPolicy(new BigDecimal("22000"), TERMS, POLICY.points(),
                Map.of(FY2027, new RenewalWindow(FY2027, FY2027.start(),
                        OffsetDateTime.parse("2027-07-01T00:00:00+09:00").toZonedDateTime())), Map.of());
        Instant june30 = japan("2027-06-30T12:00:00");
        at(june30, extended).givenNoPriorActivity()
                .when(APPLY)
                .expectEvents(new RenewalAppliedEvent(PAYING_RENEWAL, PAYING, 2027, new BigDecimal("22000"), false,
                        "2027.1", june30));
    }

    @Test
    void q3_refusesNinePoints() {
        points.with(PAYING, FY2027.previous(), "9");
        at(APRIL_10, POLICY).givenNoPriorActivity()
                .when(APPLY)
                .expectException(rejection(422, "renewal.points-insufficient"))
                .expectExceptionMessage("更新用ポイントが不足です（2026年度の登録: 9.0 / 10 ポイント）")
                .expectNoEvents();
    }

    @Test
    void q3_countsOnlyThePreviousFiscalYear() {
        points.with(PAYING, FiscalYear.of(2027), "30").with(PAYING, FiscalYear.of(2025), "30");
        at(APRIL_10, POLICY).givenNoPriorActivity()
                .when(APPLY)
                .expectException(rejection(422, "renewal.points-insufficient"));
    }

    @Test
    void q3_acceptsTenPoints() {
        points.with(PAYING, FY2027.previous(), "10");
        at(APRIL_10, POLICY).givenNoPriorActivity()
                .when(APPLY)
                .expectSuccessfulHandlerExecution()
                .expectEvents(paidRenewalApplied());
    }

    @Test
    void a1_refusesSecondApplicationInSameYear() {
        points.with(PAYING, FY2027.previous(), "10");
        at(APRIL_10, POLICY).given(paidRenewalApplied())
                .when(APPLY)
                .expectException(rejection(409, "renewal.already-applied"))
                .expectExceptionMessage("2027年度の資格更新はすでに申請済みです。")
                .expectNoEvents();
    }

    @Test
    void a1_refusesAnUnknownHolder() {
        at(APRIL_10, POLICY).givenNoPriorActivity()
                .when(new ApplyForRenewalCommand("M0000404", 2027, "2027.1"))
                .expectException(rejection(404, "qualification.not-found"))
                .expectNoEvents();
    }

    @Test
    void a1_refusesALapsedHolder() {
        points.with("M0000099", FY2027.previous(), "10");
        at(APRIL_10, POLICY).givenNoPriorActivity()
                .when(new ApplyForRenewalCommand("M0000099", 2027, "2027.1"))
                .expectException(rejection(409, "renewal.qualification-lapsed"))
                .expectNoEvents();
    }

    @Test
    void a2_refusesOutdatedTerms() {
        points.with(PAYING, FY2027.previous(), "10");
        at(APRIL_10, POLICY).givenNoPriorActivity()
                .when(new ApplyForRenewalCommand(PAYING, 2027, "2026.1"))
                .expectException(rejection(409, "renewal.terms-outdated"))
                .expectNoEvents();
    }

    @Test
    void a1_refusesAQualificationThatExpiredBeforeTheWindowOpens() {
        points.with(EXPIRED, FY2027.previous(), "10");
        at(APRIL_10, POLICY).givenNoPriorActivity()
                .when(new ApplyForRenewalCommand(EXPIRED, 2027, "2027.1"))
                .expectException(rejection(409, "renewal.qualification-lapsed"))
                .expectExceptionMessage("資格が失効しているため更新できません（資格有効期限: 2026年05月31日）。")
                .expectNoEvents();
    }

    @Test
    void a1_refusesAFiscalYearBeforeTheFirstRenewal() {
        points.with(NEW, FiscalYear.of(2025), "10");
        at(japan("2026-05-01T10:00:00"), POLICY).givenNoPriorActivity()
                .when(new ApplyForRenewalCommand(NEW, 2026, "2027.1"))
                .expectException(rejection(409, "renewal.not-yet-renewable"))
                .expectExceptionMessage("2026年度は資格更新の対象ではありません（認定年月: 2026年4月、初回の資格更新は2027年度です）。")
                .expectNoEvents();
    }

    @Test
    void a1_acceptsTheFirstRenewalYear() {
        points.with(NEW, FY2027.previous(), "10");
        at(APRIL_10, POLICY).givenNoPriorActivity()
                .when(new ApplyForRenewalCommand(NEW, 2027, "2027.1"))
                .expectEvents(new RenewalAppliedEvent("2027-" + NEW, NEW, 2027, BigDecimal.ZERO, true, "2027.1",
                        APRIL_10));
    }

    @Test
    void q4_aFeeConfiguredAsZeroIsWaived() {
        points.with(PAYING, FY2027.previous(), "10");
        RenewalPolicy free = new RenewalPolicy(new BigDecimal("22000"), TERMS, POLICY.points(), Map.of(),
                Map.of(FY2027, BigDecimal.ZERO));
        at(APRIL_10, free).givenNoPriorActivity()
                .when(APPLY)
                .expectEvents(new RenewalAppliedEvent(PAYING_RENEWAL, PAYING, 2027, BigDecimal.ZERO, true, "2027.1",
                        APRIL_10));
    }
}
