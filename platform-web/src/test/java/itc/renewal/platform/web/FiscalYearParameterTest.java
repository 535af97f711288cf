package itc.renewal.platform.web;

import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platform.problem.Rejection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FiscalYearParameterTest {

    private final FiscalYearParameter parameter = new FiscalYearParameter();

    @Test
    void d1_aFourDigitYearIsThatFiscalYear() {
        assertThat(parameter.convert(" 2027 ")).isEqualTo(FiscalYear.of(2027));
    }

    @Test
    void d1_aBlankParameterIsNoValue() {
        assertThat(parameter.convert("")).isNull();
    }

    @Test
    void p6_aYearTheCalendarDoesNotKnowIsRefusedWithWhatToWrite() {
        assertThatThrownBy(() -> parameter.convert("20x7")).isInstanceOfSatisfying(Rejection.class, refused -> {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.code()).isEqualTo(FiscalYearParameter.INVALID);
            assertThat(refused.getMessage()).contains("西暦4桁").contains("20x7");
        });
        assertThatThrownBy(() -> parameter.convert("99999")).isInstanceOf(Rejection.class);
    }

    @Test
    void p6_aMissingYearInARequestBodyIsRefused() {
        assertThatThrownBy(() -> FiscalYearParameter.requested(null)).isInstanceOfSatisfying(Rejection.class,
                refused -> assertThat(refused.code()).isEqualTo(FiscalYearParameter.INVALID));
    }
}
