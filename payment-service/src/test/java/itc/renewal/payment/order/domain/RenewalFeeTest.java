package itc.renewal.payment.order.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class RenewalFeeTest {

    @Test
    void q4_aRenewalWithAFeeHasSomethingToPay() {
        assertThat(new RenewalFee(new BigDecimal("22000"), "JPY", false).payable()).isTrue();
    }

    @Test
    void q4_aWaivedFirstRenewalHasNothingToPay() {
        assertThat(new RenewalFee(BigDecimal.ZERO, "JPY", true).payable()).isFalse();
        assertThat(new RenewalFee(new BigDecimal("22000"), "JPY", true).payable()).isFalse();
    }

    @Test
    void q4_aFeeSetToZeroOrMissingHasNothingToPay() {
        assertThat(new RenewalFee(BigDecimal.ZERO, "JPY", false).payable()).isFalse();
        assertThat(new RenewalFee(null, "JPY", false).payable()).isFalse();
    }

    @Test
    void q4_aFeeAppliedBeforeTheCurrencyTravelledIsInYen() {
        assertThat(new RenewalFee(new BigDecimal("22000"), null, false).currency()).isEqualTo("JPY");
    }
}
