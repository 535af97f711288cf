package itc.renewal.payment.order.document;

import itc.renewal.payment.order.api.PaymentMethod;
import itc.renewal.payment.order.api.Receipt;
import itc.renewal.payment.order.domain.FeeDocuments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Rule F4: what the receipt PDF says, read back from the PDF's text. */
class ReceiptRendererTest {

    @Test
    void f4_aReceiptNamesItsAddresseeTheAmountTheTaxTheMethodAndTheIssuer() throws IOException {
        Receipt receipt = FeeDocuments.receipt("2027-M0000001", 2027, new BigDecimal("22000"),
                PaymentMethod.CONVENIENCE_STORE, LocalDate.of(2027, 4, 12), "株式会社見本", "協会", "T9234567890123",
                Instant.parse("2027-04-12T03:00:00Z"));

        assertThat(text(receipt)).contains("領収書", "株式会社見本 様", "金額 22,000円（税込）", "コンビニ払い",
                "2027年4月12日", "消費税（10%） 2,000円", "登録番号 T9234567890123", "RCT-2027-M0000001");
    }

    @Test
    void f4_aReceiptWithoutAddresseeIsMadeOutTo上様WithoutASecondHonorific() throws IOException {
        Receipt receipt = FeeDocuments.receipt("2027-M0000001", 2027, new BigDecimal("22000"), PaymentMethod.CARD,
                LocalDate.of(2027, 4, 12), null, "協会", "T9234567890123", Instant.parse("2027-04-12T03:00:00Z"));

        assertThat(text(receipt)).contains("上様").doesNotContain("上様 様");
    }

    private static String text(Receipt receipt) throws IOException {
        try (PDDocument document = Loader.loadPDF(new ReceiptRenderer().render(receipt))) {
            return new PDFTextStripper().getText(document);
        }
    }
}
