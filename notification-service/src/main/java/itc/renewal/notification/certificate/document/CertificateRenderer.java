package itc.renewal.notification.certificate.document;

import itc.renewal.notification.certificate.api.CertificateContent;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.GregorianCalendar;

/**
 * Renders the 更新結果通知書兼資格証明書 PDF (rule C4): one A4 portrait page with the Japanese font
 * subset embedded, so it prints the same everywhere. Stateless and thread-safe.
 */
public class CertificateRenderer {

    private final CertificateFont font;

    public CertificateRenderer() {
        this.font = CertificateFont.fromClasspath();
    }

    public byte[] render(CertificateContent content) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            describe(document, content);
            try (PDPageContentStream contents = new PDPageContentStream(document, page)) {
                CertificateLayout.draw(new PageCanvas(contents, font.embedIn(document)), content);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render certificate " + content.certificateId(), e);
        }
    }

    private static void describe(PDDocument document, CertificateContent content) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(content.fiscalYear() + "年度 " + CertificateLayout.TITLE);
        info.setAuthor(IssuerSeal.ISSUER);
        info.setSubject(content.certificationNumber());
        info.setCreationDate(GregorianCalendar.from(content.issuedOn().atStartOfDay(ZoneId.of("Asia/Tokyo"))));
    }
}
