package itc.renewal.notification.certificate.document;

import itc.renewal.notification.certificate.api.CertificateContent;
import itc.renewal.platform.documents.OnePagePdf;

/**
 * Renders the 更新結果通知書兼資格証明書 PDF (rule C4): one A4 portrait page with the Japanese font
 * subset embedded, so it prints the same everywhere. Stateless and thread-safe.
 */
public class CertificateRenderer {

    private final OnePagePdf pdf = OnePagePdf.shared();

    public byte[] render(CertificateContent content) {
        return pdf.render(new OnePagePdf.Properties(content.fiscalYear() + "年度 " + CertificateLayout.TITLE,
                        IssuerSeal.ISSUER, content.certificationNumber(), content.issuedOn()),
                canvas -> CertificateLayout.draw(canvas, content));
    }
}
