package itc.renewal.payment.order.document;

import itc.renewal.payment.order.api.Receipt;
import itc.renewal.payment.order.domain.FeeDocuments;
import itc.renewal.platform.documents.OnePagePdf;
import itc.renewal.platform.documents.PageCanvas;
import org.springframework.stereotype.Component;

import java.io.IOException;

import static itc.renewal.payment.order.document.DocumentText.LEFT;
import static itc.renewal.payment.order.document.DocumentText.RIGHT;
import static itc.renewal.payment.order.document.DocumentText.date;
import static itc.renewal.payment.order.document.DocumentText.yen;

/**
 * The receipt (領収書, rule F4) as a one-page PDF: addressee, amount, what it was for, how and when it was paid,
 * the tax at 10 %, the issuer and its registration number (a receipt is a qualified simplified invoice too).
 * Rendered from the issued {@link Receipt} alone.
 */
@Component
public class ReceiptRenderer {

    static final String TITLE = "領収書";

    private final OnePagePdf pdf = OnePagePdf.shared();

    public byte[] render(Receipt receipt) {
        return pdf.render(new OnePagePdf.Properties(TITLE, receipt.issuerName(), receipt.receiptNumber(),
                receipt.issuedOn()), canvas -> draw(canvas, receipt));
    }

    private static void draw(PageCanvas canvas, Receipt receipt) throws IOException {
        canvas.centered(297.5f, 780, 22, TITLE);
        canvas.rightAligned(RIGHT, 740, 9.5f, "領収書番号 " + receipt.receiptNumber());
        canvas.rightAligned(RIGHT, 726, 9.5f, "発行日 " + date(receipt.issuedOn()));
        // 上様 is itself the honorific of a receipt made out to no one
        canvas.text(LEFT, 700, 14, FeeDocuments.NO_ADDRESSEE.equals(receipt.addressee()) ? receipt.addressee()
                : receipt.addressee() + " 様");
        canvas.line(LEFT, 694, 300, 694, 0.8f);
        canvas.centered(297.5f, 640, 20, "金額 " + yen(receipt.total()) + "（税込）");
        canvas.line(150, 632, 445, 632, 1);
        canvas.text(LEFT, 600, 10.5f, "但し " + receipt.description() + " として");
        canvas.text(LEFT, 582, 10.5f, "上記正に領収いたしました。");

        float y = 540;
        y = DocumentText.row(canvas, y, "お支払方法", DocumentText.method(receipt.method()));
        y = DocumentText.row(canvas, y, "お支払日", date(receipt.paidOn()));
        DocumentText.taxLines(canvas, y - 8, receipt.taxRatePercent(), receipt.taxExcluded(), receipt.tax(),
                receipt.total());

        DocumentText.issuer(canvas, 330, receipt.issuerName(), receipt.registrationNumber());
        canvas.text(LEFT, 270, 9, "・本領収書は電子的に発行しています（収入印紙は不要です）。郵送はいたしません。");
    }
}
