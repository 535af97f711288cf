package itc.renewal.renewal.procedure.query;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.renewal.procedure.domain.FiscalYearSettings;
import itc.renewal.renewal.procedure.domain.RenewalSettings;
import itc.renewal.renewal.qualification.api.NextRenewalView;
import itc.renewal.renewal.qualification.api.QualificationStatus;
import itc.renewal.renewal.qualification.domain.Holder;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Optional;

import static itc.renewal.renewal.procedure.RenewalTestData.APRIL_10;
import static itc.renewal.renewal.procedure.RenewalTestData.DEFAULTS;
import static itc.renewal.renewal.procedure.RenewalTestData.FY2027;
import static itc.renewal.renewal.procedure.RenewalTestData.PAYING;
import static itc.renewal.renewal.procedure.RenewalTestData.PAYING_RENEWAL;
import static itc.renewal.renewal.procedure.RenewalTestData.firstRenewalHolder;
import static itc.renewal.renewal.procedure.RenewalTestData.holder;
import static itc.renewal.renewal.procedure.RenewalTestData.payingHolder;
import static org.assertj.core.api.Assertions.assertThat;

/** "My qualification" shows the next renewal: its FY (Q2), window by the business clock (Q5), fee (Q4), status. */
class NextRenewalTest {

    private static final OffsetDateTime OPENS = OffsetDateTime.parse("2027-04-01T00:00:00+09:00");
    private static final OffsetDateTime CLOSES = OffsetDateTime.parse("2027-06-01T00:00:00+09:00");

    private static NextRenewalView next(Holder holder, RenewalSettings settings, Optional<RenewalRecord> renewal,
                                        Instant now) {
        return NextRenewal.of(holder, settings.forFiscalYear(NextRenewal.fiscalYearOf(holder)), renewal, now);
    }

    private static Instant japan(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+09:00").toInstant();
    }

    @Test
    void q2_theNextRenewalIsInTheFiscalYearOfTheExpiry() {
        Holder renewedIn2027 = holder(PAYING, YearMonth.of(2016, 3), LocalDate.of(2028, 5, 31));

        assertThat(NextRenewal.fiscalYearOf(payingHolder())).isEqualTo(FY2027);
        assertThat(NextRenewal.fiscalYearOf(renewedIn2027)).isEqualTo(FiscalYear.of(2028));
    }

    @Test
    void q4_payingRenewalOpenOnApril10() {
        assertThat(next(payingHolder(), DEFAULTS, Optional.empty(), APRIL_10)).isEqualTo(new NextRenewalView(2027,
                OPENS, CLOSES, true, false, new NextRenewalView.FeeView(new BigDecimal("22000"), "JPY", false), null,
                "NOT_APPLIED"));
    }

    @Test
    void q4_theFirstRenewalIsFree() {
        NextRenewalView next = next(firstRenewalHolder(), DEFAULTS, Optional.empty(), APRIL_10);

        assertThat(next.firstRenewal()).isTrue();
        assertThat(next.fee()).isEqualTo(new NextRenewalView.FeeView(BigDecimal.ZERO, "JPY", true));
    }

    @Test
    void q5_theWindowIsOpenByTheBusinessClockOnly() {
        assertThat(next(payingHolder(), DEFAULTS, Optional.empty(), japan("2027-03-31T23:59:59")).open()).isFalse();
        assertThat(next(payingHolder(), DEFAULTS, Optional.empty(), japan("2027-04-01T00:00:00")).open()).isTrue();
        assertThat(next(payingHolder(), DEFAULTS, Optional.empty(), japan("2027-05-31T23:59:59")).open()).isTrue();
        assertThat(next(payingHolder(), DEFAULTS, Optional.empty(), japan("2027-06-01T00:00:00")).open()).isFalse();
    }

    @Test
    void q5_anOperatorsExtensionOfTheWindowIsShown() {
        OffsetDateTime july = OffsetDateTime.parse("2027-07-01T00:00:00+09:00");
        FiscalYearSettings extended = FiscalYearSettings.of(FY2027, OPENS, july, new BigDecimal("24200"), "2027.2",
                "規約");
        RenewalSettings settings = year -> year.equals(FY2027) ? extended : DEFAULTS.forFiscalYear(year);

        NextRenewalView next = next(payingHolder(), settings, Optional.empty(), japan("2027-06-15T10:00:00"));

        assertThat(next.closesAt()).isEqualTo(july);
        assertThat(next.open()).isTrue();
        assertThat(next.fee().amount()).isEqualByComparingTo("24200");
    }

    @Test
    void a1_showsTheStatusAndRecordedFeeOnceApplied() {
        RenewalRecord applied = new RenewalRecord(PAYING_RENEWAL, new BigDecimal("22000"), false, "2027.1", false,
                false, false, null, false);
        RenewalRecord completed = new RenewalRecord(PAYING_RENEWAL, new BigDecimal("22000"), false, "2027.1", true,
                true, true, LocalDate.of(2028, 5, 31), false);

        NextRenewalView next = next(payingHolder(), DEFAULTS, Optional.of(applied), APRIL_10);
        assertThat(next.status()).isEqualTo("APPLIED");
        assertThat(next.renewalId()).isEqualTo(PAYING_RENEWAL);
        assertThat(next(payingHolder(), DEFAULTS, Optional.of(completed), APRIL_10).status()).isEqualTo("COMPLETED");
    }

    @Test
    void q6_aLapsedRenewalShowsLapsed() {
        RenewalRecord lapsed = new RenewalRecord(PAYING_RENEWAL, new BigDecimal("22000"), false, "2027.1", false,
                false, false, null, true);

        assertThat(next(holder(PAYING, YearMonth.of(2016, 3), QualificationStatus.ACTIVE), DEFAULTS,
                Optional.of(lapsed), japan("2027-06-01T00:00:00")).status()).isEqualTo("LAPSED");
    }

    /** C3, Q6: the window closed without a completed renewal; the sweep records the lapse at its next poll. */
    @Test
    void c3_showsLapsedOnceTheWindowClosedWithoutARenewal() {
        RenewalRecord applied = new RenewalRecord(PAYING_RENEWAL, new BigDecimal("22000"), false, "2027.1", false,
                false, false, null, false);

        assertThat(next(payingHolder(), DEFAULTS, Optional.empty(), japan("2027-05-31T23:59:59")).status())
                .isEqualTo("NOT_APPLIED");
        NextRenewalView closed = next(payingHolder(), DEFAULTS, Optional.empty(), japan("2027-06-01T00:00:00"));
        assertThat(closed.status()).isEqualTo("LAPSED");
        assertThat(closed.open()).isFalse();
        assertThat(next(payingHolder(), DEFAULTS, Optional.of(applied), japan("2027-06-01T00:00:00")).status())
                .isEqualTo("LAPSED");
    }
}
