package itc.renewal.notification.certificate.document;

import itc.renewal.notification.certificate.api.CertificateContent;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateRendererTest {

    private static final CertificateRenderer renderer = new CertificateRenderer();

    static CertificateContent sample(String holderName) {
        return new CertificateContent(UUID.fromString("5b0e8a8e-3f43-4c1f-9d0e-2f8f5c7a1d01"), 2027, holderName,
                "ミホン タロウ", "0000002001C", YearMonth.of(2016, 3), LocalDate.of(2028, 5, 31),
                LocalDate.of(2027, 4, 12),
                URI.create("http://127.0.0.1:8080/verify/5b0e8a8e-3f43-4c1f-9d0e-2f8f5c7a1d01?t=q3Jd8bZ0YwWb1c2xPz9k4A"));
    }

    @Test
    void c4_certificateShowsHolderNumberCertificationMonthExpiryAndIssuer() throws IOException {
        byte[] pdf = renderer.render(sample("見本 太郎"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("更新結果通知書兼資格証明書", "見本 太郎", "認定番号 0000002001C",
                    "認定年月 2016年3月", "資格有効期限 2028年05月31日", "発行日　2027年04月12日",
                    "特定非営利活動法人ITコーディネータ協会", "資格有効期限が更新されます");
            assertThat(document.getNumberOfPages()).isOne();
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
        }
    }

    @Test
    void c4_embedsOnlyASubsetOfTheJapaneseFont() throws IOException {
        byte[] pdf = renderer.render(sample("見本 太郎"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).isTrue();
                // Subset fonts are tagged with six capitals and "+" (ISO 32000-1, 9.6.4).
                assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
            }
        }
        assertThat(pdf.length).isLessThan(300 * 1024);
    }

    @Test
    void c4_replacesCharactersMissingFromTheFontInsteadOfFailing() throws IOException {
        // U+20BB7 (𠮷, a variant of 吉) is outside IPAex Gothic.
        byte[] pdf = renderer.render(sample("\uD842\uDFB7田 花子"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("〓田 花子");
        }
    }

    @Test
    void c5_qrCodeOnThePageLeadsToTheVerificationPage() throws Exception {
        CertificateContent content = sample("見本 太郎");
        byte[] pdf = renderer.render(content);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            float dpi = 150;
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, dpi);
            // A phone frames the code, not the whole page: scan the code's area with a little margin.
            float scale = dpi / 72;
            int margin = Math.round(12 * scale);
            int side = Math.round(CertificateLayout.QR_SIZE * scale) + 2 * margin;
            int left = Math.round(CertificateLayout.QR_X * scale) - margin;
            int top = page.getHeight() - Math.round((CertificateLayout.QR_Y + CertificateLayout.QR_SIZE) * scale) - margin;
            int[] pixels = page.getRGB(left, top, side, side, null, 0, side);
            Result scanned = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(side, side, pixels))));
            assertThat(scanned.getText()).isEqualTo(content.verificationUrl().toString());
        }
    }
}
