package itc.renewal.payment.order.domain;

import itc.renewal.payment.order.api.Invoice;
import itc.renewal.payment.order.api.InvoiceParties;
import itc.renewal.payment.order.api.PaymentMethod;
import itc.renewal.payment.order.api.Receipt;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rules F3, F4: what the invoice and the receipt say; the tax once per document; the reference per order. */
class FeeDocumentsTest {

    private static final InvoiceParties PARTIES = new InvoiceParties("協会", "T9234567890123", "口座", "株式会社見本",
            "ミホン タロウ");

    @Test
    void f3_theTaxInsideTheFeeIsRoundedDownOnceForTheInvoice() {
        assertThat(ConsumptionTax.standardRateIn(new BigDecimal("22000")).tax()).isEqualByComparingTo("2000");
        assertThat(ConsumptionTax.standardRateIn(new BigDecimal("22000")).taxExcluded()).isEqualByComparingTo("20000");
        // 10001 × 10 / 110 = 909.19…: 909 yen tax, 9,092 without
        ConsumptionTax odd = ConsumptionTax.standardRateIn(new BigDecimal("10001"));
        assertThat(odd.tax()).isEqualByComparingTo("909");
        assertThat(odd.taxExcluded().add(odd.tax())).isEqualByComparingTo("10001");
    }

    @Test
    void f3_moneyIsWholeYen() {
        assertThatThrownBy(() -> ConsumptionTax.standardRateIn(new BigDecimal("22000.5")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void f3_theInvoiceIsDueOnTheWindowsLastDayAndCarriesTheOrdersReference() {
        Instant windowCloses = Instant.parse("2027-06-30T15:00:00Z"); // extended to 30 June (1 July 00:00 JST)
        Invoice invoice = FeeDocuments.invoice("2027-M0000001", "M0000001", 2027, new BigDecimal("22000"),
                windowCloses, PARTIES, Instant.parse("2027-04-10T01:00:00Z"));

        assertThat(invoice.invoiceNumber()).isEqualTo("INV-2027-M0000001");
        assertThat(invoice.issuedOn()).isEqualTo(LocalDate.of(2027, 4, 10));
        assertThat(invoice.dueOn()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(invoice.tax()).isEqualByComparingTo("2000");
        assertThat(invoice.transferReference()).isEqualTo("2700000017");
        assertThat(invoice.description()).isEqualTo("2027年度 ITコーディネータ資格更新料");
    }

    @Test
    void f3_anOrderOpenedBeforeTheWindowsEndWasKnownIsDueOnMay31() {
        assertThat(FeeDocuments.dueOn(2027, null)).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(FeeDocuments.dueOn(2027, Instant.parse("2027-05-31T15:00:00Z"))).isEqualTo(LocalDate.of(2027, 5, 31));
    }

    @Test
    void f4_aReceiptWithoutBillingProfileIsMadeOutTo上様() {
        Receipt receipt = FeeDocuments.receipt("2027-M0000001", 2027, new BigDecimal("22000"), PaymentMethod.CARD,
                LocalDate.of(2027, 4, 10), null, "協会", "T9234567890123", Instant.parse("2027-04-10T01:00:00Z"));

        assertThat(receipt.addressee()).isEqualTo("上様");
        assertThat(receipt.receiptNumber()).isEqualTo("RCT-2027-M0000001");
        assertThat(receipt.tax()).isEqualByComparingTo("2000");
    }

    @Test
    void f3_aTransferReferenceIsFoundBeforeThePayerNameAndAMistypedOneIsNot() {
        TransferReference reference = TransferReference.of(2027, "M0000001");

        assertThat(TransferReference.leadingIn("2700000017 ﾐﾎﾝ ﾀﾛｳ")).contains(reference);
        assertThat(TransferReference.leadingIn("2700000017ﾐﾎﾝ ﾀﾛｳ")).contains(reference);
        assertThat(TransferReference.leadingIn("2700000018 ﾐﾎﾝ ﾀﾛｳ")).isEmpty();
        assertThat(TransferReference.leadingIn("ﾐﾎﾝ ﾀﾛｳ 2700000017")).isEmpty();
        assertThat(TransferReference.leadingIn("27000000170 ﾐﾎﾝ")).isEqualTo(Optional.empty());
        assertThat(reference.fiscalYear(2000)).isEqualTo(2027);
        assertThat(reference.memberId()).isEqualTo("M0000001");
    }

    @Test
    void f3_theRegistrationNumberIsTAnd13DigitsWithTheCorporateNumbersCheckDigit() {
        assertThat(new RegistrationNumber("T9234567890123").value()).isEqualTo("T9234567890123");
        assertThat(new RegistrationNumber("T7000012050002").value()).isEqualTo("T7000012050002"); // 国税庁
        assertThatThrownBy(() -> new RegistrationNumber("T1234567890123")).hasMessageContaining("check digit");
        assertThatThrownBy(() -> new RegistrationNumber("9234567890123")).hasMessageContaining("T and 13 digits");
    }
}
