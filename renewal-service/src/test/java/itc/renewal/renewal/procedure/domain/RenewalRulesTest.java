package itc.renewal.renewal.procedure.domain;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.procedure.api.RenewalStep;
import itc.renewal.renewal.qualification.api.QualificationStatus;
import itc.renewal.renewal.qualification.domain.CertifiedIn;
import itc.renewal.renewal.qualification.domain.Holder;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The value objects behind rules A1, Q3, Q4, Q5 and C1. */
class RenewalRulesTest {

    private static final FiscalYear FY2027 = FiscalYear.of(2027);

    @Test
    void q5_standardWindowIsFirstAprilToEndOfMayJapanTime() {
        RenewalWindow window = RenewalWindow.standard(FY2027);

        assertThat(window.isOpenAt(OffsetDateTime.parse("2027-04-01T00:00:00+09:00").toInstant())).isTrue();
        assertThat(window.isOpenAt(OffsetDateTime.parse("2027-05-31T23:59:59+09:00").toInstant())).isTrue();
        assertThat(window.isOpenAt(OffsetDateTime.parse("2027-03-31T23:59:59+09:00").toInstant())).isFalse();
        assertThat(window.isOpenAt(OffsetDateTime.parse("2027-06-01T00:00:00+09:00").toInstant())).isFalse();
        assertThat(window.describe()).isEqualTo("2027年4月1日 0:00 ～ 2027年5月31日 24:00（日本時間）");
    }

    @Test
    void q5_operatorMayOpenAt13OnFirstApril() {
        RenewalWindow window = new RenewalWindow(FiscalYear.of(2019),
                OffsetDateTime.parse("2019-04-01T13:00:00+09:00").toZonedDateTime(),
                RenewalWindow.standard(FiscalYear.of(2019)).closesAt());
        RenewalPolicy policy = new RenewalPolicy(new BigDecimal("22000"), new Terms("2019.1", "規約"),
                PointsRequirement.STANDARD, Map.of(FiscalYear.of(2019), window), Map.of());

        assertThat(policy.windowFor(FiscalYear.of(2019)).isOpenAt(
                OffsetDateTime.parse("2019-04-01T12:59:59+09:00").toInstant())).isFalse();
        assertThat(policy.windowFor(FiscalYear.of(2019)).describe()).startsWith("2019年4月1日 13:00 ～");
        assertThat(policy.windowFor(FY2027)).isEqualTo(RenewalWindow.standard(FY2027));
    }

    @Test
    void q4_firstRenewalIsFreeOtherRenewalsPayTheFiscalYearFee() {
        RenewalPolicy policy = new RenewalPolicy(new BigDecimal("22000"), new Terms("2027.1", "規約"),
                PointsRequirement.STANDARD, Map.of(), Map.of(FiscalYear.of(2028), new BigDecimal("24200")));

        assertThat(policy.defaultsFor(FY2027).feeFor(CertifiedIn.parse("2026-10"))).isEqualTo(
                new RenewalFee(BigDecimal.ZERO, true));
        assertThat(policy.defaultsFor(FY2027).feeFor(CertifiedIn.parse("2016-03"))).isEqualTo(
                new RenewalFee(new BigDecimal("22000"), false));
        assertThat(policy.defaultsFor(FiscalYear.of(2028)).feeFor(CertifiedIn.parse("2026-10"))).isEqualTo(
                new RenewalFee(new BigDecimal("24200"), false));
    }

    @Test
    void q3_messageShowsTheCountedYearAndTotal() {
        assertThat(PointsRequirement.STANDARD.insufficient(new BigDecimal("9.5"), FiscalYear.of(2026)))
                .satisfies(r -> assertThat(r.status()).isEqualTo(422))
                .hasMessage("更新用ポイントが不足です（2026年度の登録: 9.5 / 10 ポイント）");
        assertThat(PointsRequirement.STANDARD.isMetBy(new BigDecimal("10.0"))).isTrue();
    }

    @Test
    void c1_progressNamesWhatIsMissing() {
        RenewalProgress paying = RenewalProgress.applied(false);

        assertThat(paying.missing()).containsExactly(RenewalStep.FEE_PAYMENT, RenewalStep.ACTIVITY_REPORT);
        assertThat(paying.withReportSubmitted().withFeePaid().readyToComplete()).isTrue();
        assertThat(RenewalProgress.applied(true).missing()).containsExactly(RenewalStep.ACTIVITY_REPORT);
    }

    @Test
    void q4_aZeroFeeForARenewalThatIsNotTheFirstCountsAsWaived() {
        assertThat(RenewalFee.forRenewal(FY2027, CertifiedIn.parse("2016-03"), BigDecimal.ZERO))
                .isEqualTo(new RenewalFee(BigDecimal.ZERO, true));
        assertThat(RenewalFee.forRenewal(FY2027, CertifiedIn.parse("2016-03"), new BigDecimal("0.00")).waived())
                .isTrue();
    }

    @Test
    void a1_lapsedMeansExpiredBeforeTheWindowOpensOrMarkedLapsed() {
        RenewalWindow window = RenewalWindow.standard(FY2027);

        assertThat(new RenewalCandidate(holder(LocalDate.of(2027, 3, 31), QualificationStatus.ACTIVE), window)
                .hasLapsed()).isTrue();
        assertThat(new RenewalCandidate(holder(LocalDate.of(2027, 4, 1), QualificationStatus.ACTIVE), window)
                .hasLapsed()).isFalse();
        assertThat(new RenewalCandidate(holder(LocalDate.of(2027, 5, 31), QualificationStatus.LAPSED), window)
                .hasLapsed()).isTrue();
    }

    @Test
    void a1_renewableFromTheFiscalYearAfterCertification() {
        Holder certifiedInFy2026 = new Holder("M0000097", "見本 花子", "ミホン ハナコ", "hanako@example.jp",
                "0000002097C", CertifiedIn.parse("2027-03"), LocalDate.of(2027, 5, 31), QualificationStatus.ACTIVE);

        assertThat(new RenewalCandidate(certifiedInFy2026, RenewalWindow.standard(FiscalYear.of(2026)))
                .isRenewableYet()).isFalse();
        assertThat(new RenewalCandidate(certifiedInFy2026, RenewalWindow.standard(FY2027)).isRenewableYet()).isTrue();
    }

    private static Holder holder(LocalDate expiry, QualificationStatus status) {
        return new Holder("M0000001", "見本 太郎", "ミホン タロウ", "taro.mihon@example.jp", "0000002001C",
                CertifiedIn.parse("2016-03"), expiry, status);
    }
}
