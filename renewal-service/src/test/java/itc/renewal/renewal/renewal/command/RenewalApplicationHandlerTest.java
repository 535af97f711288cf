package itc.renewal.renewal.renewal.command;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.eligibility.api.LedgerTotal;
import itc.renewal.renewal.renewal.InMemoryPointsLock;
import itc.renewal.renewal.qualification.api.QualificationStatus;
import itc.renewal.renewal.renewal.api.ApplyForRenewalCommand;
import itc.renewal.renewal.renewal.api.RenewalAppliedEvent;
import itc.renewal.renewal.renewal.api.FiscalYearSettings;
import itc.renewal.renewal.renewal.api.PointsRequirement;
import itc.renewal.renewal.renewal.api.RenewalSettings;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

import static itc.renewal.renewal.renewal.RenewalTestData.APRIL_10;
import static itc.renewal.renewal.renewal.RenewalTestData.DEFAULTS;
import static itc.renewal.renewal.renewal.RenewalTestData.FY2027;
import static itc.renewal.renewal.renewal.RenewalTestData.InMemoryCountedPoints;
import static itc.renewal.renewal.renewal.RenewalTestData.PAYING;
import static itc.renewal.renewal.renewal.RenewalTestData.PAYING_RENEWAL;
import static itc.renewal.renewal.renewal.RenewalTestData.clockAt;
import static itc.renewal.renewal.renewal.RenewalTestData.holder;
import static itc.renewal.renewal.renewal.RenewalTestData.holders;
import static itc.renewal.renewal.renewal.RenewalTestData.paidRenewalApplied;
import static itc.renewal.renewal.renewal.RenewalTestData.payingHolder;
import static itc.renewal.renewal.renewal.RenewalTestData.rejection;
import static org.assertj.core.api.Assertions.assertThat;

/** Rule A1 (and Q3, A2) as checked by {@link RenewalApplicationHandler} before a renewal exists. */
class RenewalApplicationHandlerTest {

    private static final ApplyForRenewalCommand APPLY = new ApplyForRenewalCommand(PAYING, 2027, "2027.1");
    /** Did not renew in FY2026: the qualification ended on 31 May 2026 (Q6). */
    private static final String EXPIRED = "M0000098";
    /** Certified in April 2026 (FY2026): first renewal in FY2027 (Q2). */
    private static final String NEW = "M0000097";
    private static final BigDecimal TEN = new BigDecimal("10");

    /** points-service's ledger and its lock of the counted year (P4); a member without a ledger has 0. */
    private final InMemoryPointsLock lock = new InMemoryPointsLock();
    /** The Kafka-fed projection of counted points. */
    private final InMemoryCountedPoints projection = new InMemoryCountedPoints();

    /** A fresh fixture whose handler reads business time {@code now} and {@code settings}. */
    private AggregateTestFixture<Renewal> at(Instant now, RenewalSettings settings) {
        AggregateTestFixture<Renewal> fixture = new AggregateTestFixture<>(Renewal.class);
        fixture.registerAnnotatedCommandHandler(new RenewalApplicationHandler(fixture.getRepository(),
                FixtureAppliedRenewals.of(fixture),
                holders(payingHolder(), holder("M0000099", YearMonth.of(2010, 4), QualificationStatus.LAPSED),
                        holder(EXPIRED, YearMonth.of(2016, 3), LocalDate.of(2026, 5, 31)),
                        holder(NEW, YearMonth.of(2026, 4), LocalDate.of(2027, 5, 31))),
                projection, lock, settings, PointsRequirement.STANDARD, clockAt(now)));
        return fixture;
    }

    private static Instant japan(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+09:00").toInstant();
    }

    @Test
    void a1_refusesOutsideWindow() {
        lock.with(PAYING, FY2027.previous(), "10", 1);
        at(japan("2027-06-01T00:00:00"), DEFAULTS).givenNoPriorActivity()
                .when(APPLY)
                .expectException(rejection(409, "renewal.window-closed"))
                .expectExceptionMessage("2027年度の資格更新は受付期間外です（受付期間: 2027年4月1日 0:00 ～ "
                        + "2027年5月31日 24:00（日本時間））。")
                .expectNoEvents();
    }

    @Test
    void a1_refusesBeforeTheWindowOpens() {
        lock.with(PAYING, FY2027.previous(), "10", 1);
        at(japan("2027-03-31T23:59:59"), DEFAULTS).givenNoPriorActivity()
                .when(APPLY)
                .expectException(rejection(409, "renewal.window-closed"));
    }

    /** Settings an operator stored for FY2027 (or the defaults for any other FY). */
    private static RenewalSettings stored(String opensAt, String closesAt, String fee, String termsVersion) {
        FiscalYearSettings fy2027 = FiscalYearSettings.of(FY2027, OffsetDateTime.parse(opensAt),
                OffsetDateTime.parse(closesAt), new BigDecimal(fee), termsVersion, "規約 " + termsVersion);
        return year -> year.equals(FY2027) ? fy2027 : DEFAULTS.forFiscalYear(year);
    }

    @Test
    void q5_extendedWindowToJune30AcceptsApplicationOnJune15() {
        lock.with(PAYING, FY2027.previous(), "10", 1);
        RenewalSettings extended = stored("2027-04-01T00:00:00+09:00", "2027-07-01T00:00:00+09:00", "22000",
                "2027.1");
        Instant june15 = japan("2027-06-15T10:00:00");
        at(june15, extended).givenNoPriorActivity()
                .when(APPLY)
                .expectEvents(new RenewalAppliedEvent(PAYING_RENEWAL, PAYING, 2027, new BigDecimal("22000"), false,
                        "2027.1", june15, TEN, 1L));
    }

    @Test
    void q5_withoutTheExtensionJune15IsClosed() {
        lock.with(PAYING, FY2027.previous(), "10", 1);
        at(japan("2027-06-15T10:00:00"), DEFAULTS).givenNoPriorActivity()
                .when(APPLY)
                .expectException(rejection(409, "renewal.window-closed"))
                .expectNoEvents();
    }

    @Test
    void q5_windowOpeningAt13IsClosedAt12_59() {
        lock.with(PAYING, FY2027.previous(), "10", 1);
        RenewalSettings opensAt13 = stored("2027-04-01T13:00:00+09:00", "2027-06-01T00:00:00+09:00", "22000",
                "2027.1");
        at(japan("2027-04-01T12:59:59"), opensAt13).givenNoPriorActivity()
                .when(APPLY)
                .expectException(rejection(409, "renewal.window-closed"))
                .expectExceptionMessage("2027年度の資格更新は受付期間外です（受付期間: 2027年4月1日 13:00 ～ "
                        + "2027年5月31日 24:00（日本時間））。")
                .expectNoEvents();
    }

    @Test
    void q5_windowOpeningAt13AcceptsAt13() {
        lock.with(PAYING, FY2027.previous(), "10", 1);
        RenewalSettings opensAt13 = stored("2027-04-01T13:00:00+09:00", "2027-06-01T00:00:00+09:00", "22000",
                "2027.1");
        at(japan("2027-04-01T13:00:00"), opensAt13).givenNoPriorActivity()
                .when(APPLY)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void q4_a2_recordsTheFeeAndTermsVersionOfTheStoredSettings() {
        lock.with(PAYING, FY2027.previous(), "10", 1);
        RenewalSettings changed = stored("2027-04-01T00:00:00+09:00", "2027-06-01T00:00:00+09:00", "24200",
                "2027.2");
        at(APRIL_10, changed).givenNoPriorActivity()
                .when(new ApplyForRenewalCommand(PAYING, 2027, "2027.2"))
                .expectEvents(new RenewalAppliedEvent(PAYING_RENEWAL, PAYING, 2027, new BigDecimal("24200"), false,
                        "2027.2", APRIL_10, TEN, 1L));
    }

    @Test
    void a2_termsChangedByTheOperatorRefuseTheOldVersion() {
        lock.with(PAYING, FY2027.previous(), "10", 1);
        at(APRIL_10, stored("2027-04-01T00:00:00+09:00", "2027-06-01T00:00:00+09:00", "22000", "2027.2"))
                .givenNoPriorActivity()
                .when(APPLY)
                .expectException(rejection(409, "renewal.terms-outdated"))
                .expectNoEvents();
    }

    @Test
    void q3_refusesNinePoints() {
        lock.with(PAYING, FY2027.previous(), "9", 1);
        at(APRIL_10, DEFAULTS).givenNoPriorActivity()
                .when(APPLY)
                .expectException(rejection(422, "renewal.points-insufficient"))
                .expectExceptionMessage("更新用ポイントが不足です（2026年度の登録: 9.0 / 10 ポイント）")
                .expectNoEvents();
    }

    @Test
    void q3_countsOnlyThePreviousFiscalYear() {
        lock.with(PAYING, FiscalYear.of(2027), "30", 1).with(PAYING, FiscalYear.of(2025), "30", 2);
        at(APRIL_10, DEFAULTS).givenNoPriorActivity()
                .when(APPLY)
                .expectException(rejection(422, "renewal.points-insufficient"));
    }

    @Test
    void q3_acceptsTenPoints() {
        lock.with(PAYING, FY2027.previous(), "10", 1);
        at(APRIL_10, DEFAULTS).givenNoPriorActivity()
                .when(APPLY)
                .expectSuccessfulHandlerExecution()
                .expectEvents(paidRenewalApplied());
    }

    @Test
    void p4_applicationLocksTheCountedYearFirst() {
        lock.with(PAYING, FY2027.previous(), "10", 7);
        at(APRIL_10, DEFAULTS).givenNoPriorActivity()
                .when(APPLY)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RenewalAppliedEvent(PAYING_RENEWAL, PAYING, 2027, new BigDecimal("22000"), false,
                        "2027.1", APRIL_10, TEN, 7L));
        assertThat(lock.requests()).containsExactly("M0000001 2026→2027 ≥ 10");
        // P5: the ledger's answer is remembered like any report of points-service.
        assertThat(projection.find(PAYING, FY2027.previous())).isEqualTo(new LedgerTotal(TEN, 7L));
    }

    /** The projection lags (9 points), the ledger has the 10th: the ledger decides (P5). */
    @Test
    void p5_appliesOnTheLedgerTotalWhateverTheProjectionSays() {
        projection.with(PAYING, FY2027.previous(), "9", 3);
        lock.with(PAYING, FY2027.previous(), "10", 4);
        at(APRIL_10, DEFAULTS).givenNoPriorActivity()
                .when(APPLY)
                .expectEvents(new RenewalAppliedEvent(PAYING_RENEWAL, PAYING, 2027, new BigDecimal("22000"), false,
                        "2027.1", APRIL_10, TEN, 4L));
    }

    /** The member withdrew an entry (P3): the projection still says 10, the ledger already says 9.5. */
    @Test
    void p4_refusedWhenThePointsLockSaysShort() {
        projection.with(PAYING, FY2027.previous(), "10", 3);
        lock.with(PAYING, FY2027.previous(), "9.5", 4);
        at(APRIL_10, DEFAULTS).givenNoPriorActivity()
                .when(APPLY)
                .expectException(rejection(422, "renewal.points-insufficient"))
                .expectExceptionMessage("更新用ポイントが不足です（2026年度の登録: 9.5 / 10 ポイント）")
                .expectNoEvents();
    }

    @Test
    void a1_pointsServiceDownGives503AndRecordsNothing() {
        projection.with(PAYING, FY2027.previous(), "12", 3);
        lock.down();
        at(APRIL_10, DEFAULTS).givenNoPriorActivity()
                .when(APPLY)
                .expectException(rejection(503, "renewal.points-unavailable"))
                .expectExceptionMessage("ただいま実践力ポイントを確認できないため、申請を受け付けられません。"
                        + "しばらくしてから再度お申し込みください。")
                .expectNoEvents();
        assertThat(projection.find(PAYING, FY2027.previous())).isEqualTo(new LedgerTotal(new BigDecimal("12"), 3L));
    }

    /** Checks that need no points come before the lock, which changes points-service. */
    @Test
    void p4_nothingIsLockedForAnApplicationRefusedOtherwise() {
        lock.with(PAYING, FY2027.previous(), "10", 1);
        at(APRIL_10, DEFAULTS).givenNoPriorActivity()
                .when(new ApplyForRenewalCommand(PAYING, 2027, "2026.1"))
                .expectException(rejection(409, "renewal.terms-outdated"));
        at(japan("2027-06-01T00:00:00"), DEFAULTS).givenNoPriorActivity()
                .when(APPLY)
                .expectException(rejection(409, "renewal.window-closed"));
        at(APRIL_10, DEFAULTS).given(paidRenewalApplied())
                .when(APPLY)
                .expectException(rejection(409, "renewal.already-applied"));

        assertThat(lock.requests()).isEmpty();
    }

    @Test
    void a1_refusesSecondApplicationInSameYear() {
        lock.with(PAYING, FY2027.previous(), "10", 1);
        at(APRIL_10, DEFAULTS).given(paidRenewalApplied())
                .when(APPLY)
                .expectException(rejection(409, "renewal.already-applied"))
                .expectExceptionMessage("2027年度の資格更新はすでに申請済みです。")
                .expectNoEvents();
    }

    @Test
    void a1_refusesAnUnknownHolder() {
        at(APRIL_10, DEFAULTS).givenNoPriorActivity()
                .when(new ApplyForRenewalCommand("M0000404", 2027, "2027.1"))
                .expectException(rejection(404, "qualification.not-found"))
                .expectNoEvents();
    }

    @Test
    void a1_refusesALapsedHolder() {
        lock.with("M0000099", FY2027.previous(), "10", 1);
        at(APRIL_10, DEFAULTS).givenNoPriorActivity()
                .when(new ApplyForRenewalCommand("M0000099", 2027, "2027.1"))
                .expectException(rejection(409, "renewal.qualification-lapsed"))
                .expectNoEvents();
    }

    @Test
    void a2_refusesOutdatedTerms() {
        lock.with(PAYING, FY2027.previous(), "10", 1);
        at(APRIL_10, DEFAULTS).givenNoPriorActivity()
                .when(new ApplyForRenewalCommand(PAYING, 2027, "2026.1"))
                .expectException(rejection(409, "renewal.terms-outdated"))
                .expectNoEvents();
    }

    @Test
    void a1_refusesAQualificationThatExpiredBeforeTheWindowOpens() {
        lock.with(EXPIRED, FY2027.previous(), "10", 1);
        at(APRIL_10, DEFAULTS).givenNoPriorActivity()
                .when(new ApplyForRenewalCommand(EXPIRED, 2027, "2027.1"))
                .expectException(rejection(409, "renewal.qualification-lapsed"))
                .expectExceptionMessage("資格が失効しているため更新できません（資格有効期限: 2026年05月31日）。")
                .expectNoEvents();
    }

    @Test
    void a1_refusesAFiscalYearBeforeTheFirstRenewal() {
        lock.with(NEW, FiscalYear.of(2025), "10", 1);
        at(japan("2026-05-01T10:00:00"), DEFAULTS).givenNoPriorActivity()
                .when(new ApplyForRenewalCommand(NEW, 2026, "2027.1"))
                .expectException(rejection(409, "renewal.not-yet-renewable"))
                .expectExceptionMessage("2026年度は資格更新の対象ではありません（認定年月: 2026年4月、初回の資格更新は2027年度です）。")
                .expectNoEvents();
    }

    @Test
    void a1_acceptsTheFirstRenewalYear() {
        lock.with(NEW, FY2027.previous(), "10", 1);
        at(APRIL_10, DEFAULTS).givenNoPriorActivity()
                .when(new ApplyForRenewalCommand(NEW, 2027, "2027.1"))
                .expectEvents(new RenewalAppliedEvent("2027-" + NEW, NEW, 2027, BigDecimal.ZERO, true, "2027.1",
                        APRIL_10, TEN, 1L));
    }

    @Test
    void q4_aFeeConfiguredAsZeroIsWaived() {
        lock.with(PAYING, FY2027.previous(), "10", 1);
        at(APRIL_10, stored("2027-04-01T00:00:00+09:00", "2027-06-01T00:00:00+09:00", "0", "2027.1"))
                .givenNoPriorActivity()
                .when(APPLY)
                .expectEvents(new RenewalAppliedEvent(PAYING_RENEWAL, PAYING, 2027, BigDecimal.ZERO, true, "2027.1",
                        APRIL_10, TEN, 1L));
    }
}
