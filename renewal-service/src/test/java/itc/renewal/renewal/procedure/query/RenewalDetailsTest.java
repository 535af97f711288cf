package itc.renewal.renewal.procedure.query;

import itc.renewal.renewal.procedure.api.RenewalDetailView;
import itc.renewal.renewal.procedure.api.RenewalStatus;
import itc.renewal.renewal.procedure.api.RenewalStep;
import itc.renewal.renewal.procedure.domain.FiscalYearSettings;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Optional;

import static itc.renewal.renewal.procedure.RenewalTestData.APRIL_10;
import static itc.renewal.renewal.procedure.RenewalTestData.FY2027;
import static itc.renewal.renewal.procedure.RenewalTestData.PAYING;
import static itc.renewal.renewal.procedure.RenewalTestData.PAYING_RENEWAL;
import static itc.renewal.renewal.procedure.RenewalTestData.POLICY;
import static itc.renewal.renewal.procedure.RenewalTestData.firstRenewalHolder;
import static itc.renewal.renewal.procedure.RenewalTestData.holder;
import static itc.renewal.renewal.procedure.RenewalTestData.payingHolder;
import static org.assertj.core.api.Assertions.assertThat;

class RenewalDetailsTest {

    private static final FiscalYearSettings SETTINGS = POLICY.defaultsFor(FY2027);
    private static final Instant JUNE_1 = OffsetDateTime.parse("2027-06-01T00:00:00+09:00").toInstant();

    @Test
    void a2_showsTitleNoticeTermsAndFeeBeforeApplying() {
        RenewalDetailView view = RenewalDetails.of(payingHolder(), SETTINGS, POLICY.points(), Optional.empty(),
                new BigDecimal("10.0"), APRIL_10);

        assertThat(view.title()).isEqualTo("2027年度資格更新");
        assertThat(view.notice()).isEqualTo("必ず年度をご確認ください");
        assertThat(view.terms().version()).isEqualTo("2027.1");
        assertThat(view.fee()).isEqualTo(new RenewalDetailView.FeeView(new BigDecimal("22000"), "JPY", false));
        assertThat(view.status()).isEqualTo(RenewalStatus.NOT_APPLIED);
        assertThat(view.missing()).containsExactly(RenewalStep.APPLICATION, RenewalStep.FEE_PAYMENT,
                RenewalStep.ACTIVITY_REPORT);
        assertThat(view.window().open()).isTrue();
        assertThat(view.window().closesAt()).hasToString("2027-06-01T00:00+09:00");
        assertThat(view.countedFiscalYear()).isEqualTo(2026);
    }

    @Test
    void q4_firstRenewalShowsTheWaiver() {
        RenewalDetailView view = RenewalDetails.of(firstRenewalHolder(), SETTINGS, POLICY.points(), Optional.empty(),
                BigDecimal.ZERO, APRIL_10);

        assertThat(view.fee()).isEqualTo(new RenewalDetailView.FeeView(BigDecimal.ZERO, "JPY", true));
        assertThat(view.steps().feePaid()).isTrue();
        assertThat(view.missing()).containsExactly(RenewalStep.APPLICATION, RenewalStep.ACTIVITY_REPORT);
    }

    @Test
    void c1_showsTheStepsOfAnAppliedAndACompletedRenewal() {
        RenewalRecord paid = new RenewalRecord(PAYING_RENEWAL, new BigDecimal("22000"), false, "2027.1", true, false,
                false, null, false);
        RenewalDetailView applied = RenewalDetails.of(payingHolder(), SETTINGS, POLICY.points(), Optional.of(paid),
                BigDecimal.TEN, APRIL_10);
        RenewalRecord done = new RenewalRecord(PAYING_RENEWAL, new BigDecimal("22000"), false, "2027.1", true, true,
                true, LocalDate.of(2028, 5, 31), false);
        RenewalDetailView completed = RenewalDetails.of(payingHolder(), SETTINGS, POLICY.points(), Optional.of(done),
                BigDecimal.TEN, APRIL_10);

        assertThat(applied.status()).isEqualTo(RenewalStatus.APPLIED);
        assertThat(applied.renewalId()).isEqualTo(PAYING_RENEWAL);
        assertThat(applied.steps()).isEqualTo(new RenewalDetailView.StepsView(true, true, false));
        assertThat(applied.missing()).containsExactly(RenewalStep.ACTIVITY_REPORT);
        assertThat(completed.status()).isEqualTo(RenewalStatus.COMPLETED);
        assertThat(completed.missing()).isEmpty();
    }

    @Test
    void q6_showsLapsedWhenTheQualificationExpiredBeforeTheWindow() {
        RenewalDetailView view = RenewalDetails.of(holder(PAYING, YearMonth.of(2016, 3),
                LocalDate.of(2026, 5, 31)), SETTINGS, POLICY.points(), Optional.empty(), BigDecimal.TEN, APRIL_10);

        assertThat(view.status()).isEqualTo(RenewalStatus.LAPSED);
    }

    @Test
    void q5_showsTheWindowAndFeeAnOperatorStoredForTheFiscalYear() {
        FiscalYearSettings extended = FiscalYearSettings.of(FY2027, OffsetDateTime.parse("2027-04-01T00:00:00+09:00"),
                OffsetDateTime.parse("2027-07-01T00:00:00+09:00"), new BigDecimal("24200"), "2027.2", "改訂規約");

        RenewalDetailView view = RenewalDetails.of(payingHolder(), extended, POLICY.points(), Optional.empty(),
                BigDecimal.TEN, OffsetDateTime.parse("2027-06-15T10:00:00+09:00").toInstant());

        assertThat(view.window().open()).isTrue();
        assertThat(view.window().closesAt()).hasToString("2027-07-01T00:00+09:00");
        assertThat(view.fee().amount()).isEqualByComparingTo("24200");
        assertThat(view.terms()).isEqualTo(new RenewalDetailView.TermsView("2027.2", "改訂規約"));
    }

    @Test
    void q4_anAppliedRenewalKeepsTheFeeItRecordedAfterTheSettingsChange() {
        FiscalYearSettings raised = FiscalYearSettings.of(FY2027, OffsetDateTime.parse("2027-04-01T00:00:00+09:00"),
                OffsetDateTime.parse("2027-06-01T00:00:00+09:00"), new BigDecimal("30000"), "2027.1", "規約");
        RenewalRecord applied = new RenewalRecord(PAYING_RENEWAL, new BigDecimal("22000"), false, "2027.1", false,
                false, false, null, false);

        RenewalDetailView view = RenewalDetails.of(payingHolder(), raised, POLICY.points(), Optional.of(applied),
                BigDecimal.TEN, APRIL_10);

        assertThat(view.fee().amount()).isEqualByComparingTo("22000");
    }

    /** C3, Q6: the FY in which the holder's renewal was due shows LAPSED as soon as its window closed. */
    @Test
    void c3_theDueYearShowsLapsedOnceItsWindowClosedWithoutRenewal() {
        RenewalDetailView view = RenewalDetails.of(payingHolder(), SETTINGS, POLICY.points(), Optional.empty(),
                BigDecimal.TEN, JUNE_1);

        assertThat(view.status()).isEqualTo(RenewalStatus.LAPSED);
    }

    /** Certified in April 2027: FY2027 was no renewal year of theirs, so its closed window lapses nothing. */
    @Test
    void c3_aYearInWhichNoRenewalWasDueNeverShowsLapsed() {
        RenewalDetailView view = RenewalDetails.of(holder(PAYING, YearMonth.of(2027, 4), LocalDate.of(2028, 5, 31)),
                SETTINGS, POLICY.points(), Optional.empty(), BigDecimal.TEN, JUNE_1);

        assertThat(view.status()).isEqualTo(RenewalStatus.NOT_APPLIED);
    }
}
