package itc.renewal.renewal.qualification.domain;

import itc.renewal.platform.clock.FiscalYear;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CertifiedInTest {

    @Test
    void q2_certifiedInMarch2016IsFiscalYear2015WithFirstRenewalIn2016() {
        CertifiedIn march2016 = CertifiedIn.parse("2016-03");

        assertThat(march2016.fiscalYear()).isEqualTo(FiscalYear.of(2015));
        assertThat(march2016.firstRenewalYear()).isEqualTo(FiscalYear.of(2016));
        assertThat(march2016.initialExpiry()).isEqualTo(LocalDate.of(2016, 5, 31));
    }

    @Test
    void q2_certifiedInOctober2026ExpiresEndOfMay2027() {
        CertifiedIn october2026 = CertifiedIn.parse("2026-10");

        assertThat(october2026.fiscalYear()).isEqualTo(FiscalYear.of(2026));
        assertThat(october2026.initialExpiry()).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(october2026.isFirstRenewal(FiscalYear.of(2027))).isTrue();
        assertThat(october2026.isFirstRenewal(FiscalYear.of(2028))).isFalse();
    }

    @Test
    void q2_certifiedInAprilBelongsToThatFiscalYear() {
        assertThat(CertifiedIn.parse("2026-04").fiscalYear()).isEqualTo(FiscalYear.of(2026));
    }

    @Test
    void q2_renewalCompletedInFiscalYear2017ExpiresOn31May2018() {
        assertThat(Expiry.afterRenewalIn(FiscalYear.of(2017))).isEqualTo(LocalDate.of(2018, 5, 31));
    }
}
