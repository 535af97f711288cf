package itc.renewal.renewal.procedure.domain;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.problem.Rejection;
import itc.renewal.renewal.qualification.domain.CertifiedIn;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rules Q4, Q5 (inside the FY of D1) and A2 on the settings operators store per fiscal year. */
class FiscalYearSettingsTest {

    private static final FiscalYear FY2027 = FiscalYear.of(2027);

    private static FiscalYearSettings settings(String opensAt, String closesAt, String fee, String version,
                                               String text) {
        return FiscalYearSettings.of(FY2027, OffsetDateTime.parse(opensAt), OffsetDateTime.parse(closesAt),
                new BigDecimal(fee), version, text);
    }

    private static FiscalYearSettings window(String opensAt, String closesAt) {
        return settings(opensAt, closesAt, "22000", "2027.1", "規約");
    }

    private static FiscalYearSettings fee(String fee) {
        return settings("2027-04-01T00:00:00+09:00", "2027-06-01T00:00:00+09:00", fee, "2027.1", "規約");
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(Runnable settings, String code) {
        return assertThatThrownBy(settings::run).isInstanceOfSatisfying(Rejection.class, r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.code()).isEqualTo(code);
        });
    }

    @Test
    void d1_q5_windowMustLieInsideTheFiscalYear() {
        refused(() -> window("2027-03-31T23:59:59+09:00", "2027-06-01T00:00:00+09:00"),
                "renewal-settings.window-outside-fiscal-year")
                .hasMessage("受付期間は2027年度の中（2027年4月1日 0:00 ～ 2028年3月31日 24:00（日本時間））で指定してください。");
        refused(() -> window("2027-04-01T00:00:00+09:00", "2028-04-01T00:00:01+09:00"),
                "renewal-settings.window-outside-fiscal-year");
        // 1 April 00:00 JST is 31 March 15:00 UTC: the offset given does not matter, the instant does.
        assertThat(window("2027-03-31T15:00:00Z", "2028-04-01T00:00:00+09:00").window().opensAt())
                .isEqualTo(FY2027.start());
    }

    @Test
    void q5_closesAfterOpens() {
        refused(() -> window("2027-06-01T00:00:00+09:00", "2027-06-01T00:00:00+09:00"),
                "renewal-settings.window-invalid");
        refused(() -> window("2027-06-01T00:00:00+09:00", "2027-04-01T00:00:00+09:00"),
                "renewal-settings.window-invalid")
                .hasMessageContaining("受付終了日時（closesAt）は受付開始日時（opensAt）より後");
    }

    @Test
    void q5_theExtensionToJune30AndTheOpeningAt13AreValid() {
        assertThat(window("2027-04-01T00:00:00+09:00", "2027-07-01T00:00:00+09:00").window().describe())
                .isEqualTo("2027年4月1日 0:00 ～ 2027年6月30日 24:00（日本時間）");
        assertThat(window("2027-04-01T13:00:00+09:00", "2027-06-01T00:00:00+09:00").window().describe())
                .isEqualTo("2027年4月1日 13:00 ～ 2027年5月31日 24:00（日本時間）");
    }

    @Test
    void q4_feeNotNegative() {
        refused(() -> fee("-1"), "renewal-settings.fee-invalid")
                .hasMessage("更新料は0円以上1,000,000円以下の整数（円単位・税込）で指定してください。");
    }

    @Test
    void q4_feeAtMostOneMillionYen() {
        refused(() -> fee("1000001"), "renewal-settings.fee-invalid");
        assertThat(fee("1000000").fee()).isEqualByComparingTo("1000000");
    }

    @Test
    void q4_feeInWholeYen() {
        refused(() -> fee("22000.5"), "renewal-settings.fee-invalid");
        assertThat(fee("22000.00").fee()).isEqualTo(new BigDecimal("22000"));
    }

    @Test
    void q4_feeZeroIsAWaiverAndTheFeeAppliesToOtherRenewals() {
        assertThat(fee("0").feeFor(CertifiedIn.parse("2016-03"))).isEqualTo(new RenewalFee(BigDecimal.ZERO, true));
        assertThat(fee("24200").feeFor(CertifiedIn.parse("2016-03")))
                .isEqualTo(new RenewalFee(new BigDecimal("24200"), false));
        assertThat(fee("24200").feeFor(CertifiedIn.parse("2026-10"))).isEqualTo(new RenewalFee(BigDecimal.ZERO, true));
    }

    @Test
    void a2_termsVersionNonBlankAndAtMost20Characters() {
        refused(() -> settings("2027-04-01T00:00:00+09:00", "2027-06-01T00:00:00+09:00", "22000", " ", "規約"),
                "renewal-settings.terms-version-invalid");
        refused(() -> settings("2027-04-01T00:00:00+09:00", "2027-06-01T00:00:00+09:00", "22000", "v".repeat(21),
                "規約"), "renewal-settings.terms-version-invalid");
    }

    @Test
    void a2_termsTextAtMost20000Characters() {
        refused(() -> settings("2027-04-01T00:00:00+09:00", "2027-06-01T00:00:00+09:00", "22000", "2027.1",
                "規".repeat(20_001)), "renewal-settings.terms-text-invalid");
        assertThat(settings("2027-04-01T00:00:00+09:00", "2027-06-01T00:00:00+09:00", "22000", "2027.1",
                "規".repeat(20_000)).terms().text()).hasSize(20_000);
    }

    @Test
    void q5_configuredDefaultsAreTheStandardWindowAndFee() {
        FiscalYearSettings defaults = RenewalPolicy.standard(new BigDecimal("22000"), new Terms("2027.1", "規約"))
                .defaultsFor(FY2027);

        assertThat(defaults.window()).isEqualTo(RenewalWindow.standard(FY2027));
        assertThat(defaults.fee()).isEqualTo(new BigDecimal("22000"));
    }
}
