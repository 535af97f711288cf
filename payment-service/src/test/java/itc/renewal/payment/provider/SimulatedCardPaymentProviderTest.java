package itc.renewal.payment.provider;

import itc.renewal.platform.problem.Rejection;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatedCardPaymentProviderTest {

    private static final BigDecimal FEE = new BigDecimal("22000");

    private final SimulatedCardPaymentProvider provider = new SimulatedCardPaymentProvider();

    @Test
    void f2_testCardSucceeds() {
        ChargeResult result = provider.charge("k1", CardNumber.parse("4242 4242 4242 4242"), FEE, "JPY");

        assertThat(result).isInstanceOf(ChargeResult.Approved.class);
    }

    @Test
    void f2_declineCard() {
        ChargeResult result = provider.charge("k1", CardNumber.parse("4000000000000002"), FEE, "JPY");

        assertThat(result).isInstanceOfSatisfying(ChargeResult.Declined.class,
                declined -> assertThat(declined.reason()).contains("insufficient funds"));
    }

    @Test
    void f2_sameIdempotencyKeyChargesOnce() {
        ChargeResult first = provider.charge("k1", CardNumber.parse("4242424242424242"), FEE, "JPY");
        ChargeResult again = provider.charge("k1", CardNumber.parse("4242424242424242"), FEE, "JPY");
        ChargeResult other = provider.charge("k2", CardNumber.parse("4242424242424242"), FEE, "JPY");

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void f2_sameIdempotencyKeyAnswersTheFirstResultEvenWithAnotherCard() {
        ChargeResult declined = provider.charge("k1", CardNumber.parse("4000000000000002"), FEE, "JPY");

        assertThat(provider.charge("k1", CardNumber.parse("4242424242424242"), FEE, "JPY")).isEqualTo(declined);
    }

    @Test
    void f2_answersWhatBecameOfAKeyWithoutCharging() {
        ChargeResult charged = provider.charge("k1", CardNumber.parse("4242424242424242"), FEE, "JPY");

        assertThat(provider.resultFor("k1")).contains(charged);
        assertThat(provider.resultFor("k2")).isEmpty();
        assertThat(provider.charge("k2", CardNumber.parse("4000000000000002"), FEE, "JPY"))
                .isInstanceOf(ChargeResult.Declined.class);
    }

    @Test
    void f2_unknownValidCardSucceeds() {
        assertThat(provider.charge("k1", CardNumber.parse("5555555555554444"), FEE, "JPY"))
                .isInstanceOf(ChargeResult.Approved.class);
    }

    @Test
    void f2_numberFailingTheLuhnCheckIsRefusedBeforeAnyCharge() {
        assertThatThrownBy(() -> CardNumber.parse("4242424242424241"))
                .isInstanceOfSatisfying(Rejection.class, rejection -> {
                    assertThat(rejection.status()).isEqualTo(400);
                    assertThat(rejection.code()).isEqualTo("payment.card-invalid");
                });
        assertThatThrownBy(() -> CardNumber.parse("4242-abcd")).isInstanceOf(Rejection.class);
    }

    @Test
    void cardNumberShowsOnlyItsLastFourDigits() {
        assertThat(CardNumber.parse("4242424242424242")).hasToString("****4242");
    }
}
