package itc.renewal.payment.billing.domain;

import itc.renewal.platform.problem.FieldError;
import itc.renewal.platform.problem.InvalidFields;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Rule F4: the billing profile's fields, each wrong one named. */
class BillingDetailsTest {

    @Test
    void f4_halfWidthKanaAreStoredFullWidthAndSpacesTidied() {
        BillingDetails details = BillingDetails.of("  株式会社見本  ", "ﾐﾎﾝ  ﾀﾛｳ");

        assertThat(details).isEqualTo(new BillingDetails("株式会社見本", "ミホン タロウ"));
    }

    @Test
    void f4_everyWrongFieldIsNamed() {
        InvalidFields invalid = catchThrowableOfType(InvalidFields.class, () -> BillingDetails.of("", "見本太郎"));

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("addressee", "senderName");
    }

    @Test
    void f4_theSenderNameFitsTheBanksPayerField() {
        assertThat(BillingDetails.of("見本", "カ)ミホン").senderName()).isEqualTo("カ)ミホン");
        InvalidFields tooLong = catchThrowableOfType(InvalidFields.class,
                () -> BillingDetails.of("見本", "ア".repeat(BillingDetails.SENDER_MAX + 1)));
        assertThat(tooLong.errors()).extracting(FieldError::field).containsExactly("senderName");
    }
}
