package itc.renewal.payment.order.document;

import itc.renewal.payment.order.api.Invoice;
import itc.renewal.platform.documents.OnePagePdf;
import itc.renewal.platform.documents.PageCanvas;
import org.springframework.stereotype.Component;

import java.io.IOException;

import static itc.renewal.payment.order.document.DocumentText.LEFT;
import static itc.renewal.payment.order.document.DocumentText.RIGHT;
import static itc.renewal.payment.order.document.DocumentText.date;
import static itc.renewal.payment.order.document.DocumentText.yen;

/**
 * The qualified invoice (適格請求書, rule F3) as a one-page PDF: issuer and registration number, invoice number,
 * issue date, addressee, what is charged, the amount and tax at 10 % (rounded once), the account, the transfer
 * reference with the sender name, and the due date. Rendered from the issued {@link Invoice} alone, so it is the
 * same document at every download.
 */
@Component
public class InvoiceRenderer {

    static final String TITLE = "請求書（適格請求書）";

    private final OnePagePdf pdf = OnePagePdf.shared();

    public byte[] render(Invoice invoice) {
        return pdf.render(new OnePagePdf.Properties(TITLE, invoice.parties().issuerName(), invoice.invoiceNumber(),
                invoice.issuedOn()), canvas -> draw(canvas, invoice));
    }

    private static void draw(PageCanvas canvas, Invoice invoice) throws IOException {
        canvas.centered(297.5f, 780, 20, TITLE);
        canvas.text(LEFT, 730, 14, invoice.parties().addressee() + " 様");
        canvas.line(LEFT, 724, 300, 724, 0.8f);
        canvas.rightAligned(RIGHT, 740, 9.5f, "請求書番号 " + invoice.invoiceNumber());
        canvas.rightAligned(RIGHT, 726, 9.5f, "発行日 " + date(invoice.issuedOn()));
        DocumentText.issuer(canvas, 700, invoice.parties().issuerName(), invoice.parties().registrationNumber());
        canvas.text(LEFT, 660, 10.5f, "下記のとおりご請求申し上げます。");
        canvas.text(LEFT, 632, 13, "ご請求金額 " + yen(invoice.total()) + "（税込）");
        canvas.line(LEFT, 626, 330, 626, 1);
        canvas.text(LEFT, 604, 10.5f, "お支払期限 " + date(invoice.dueOn()));

        float y = 566;
        canvas.text(LEFT + 8, y, 10, "取引年月日 " + date(invoice.issuedOn()) + "　品目");
        canvas.rightAligned(RIGHT - 8, y, 10, "金額（税込）");
        canvas.line(LEFT, y - 6, RIGHT, y - 6, 0.8f);
        y = DocumentText.row(canvas, y - 22, invoice.description() + "（" + invoice.taxRatePercent() + "%対象）",
                yen(invoice.total()));
        y = DocumentText.taxLines(canvas, y - 8, invoice.taxRatePercent(), invoice.taxExcluded(), invoice.tax(),
                invoice.total());

        y -= 16;
        canvas.text(LEFT, y, 11, "お振込先");
        canvas.text(LEFT + 8, y - 20, 10.5f, invoice.parties().bankAccount());
        canvas.text(LEFT, y - 50, 11, "振込番号 " + invoice.transferReference());
        canvas.text(LEFT + 8, y - 70, 9.5f, "お振込の際は、振込依頼人名の前に振込番号を入力してください。");
        canvas.text(LEFT + 8, y - 86, 9.5f, "入力例: " + invoice.transferReference() + " "
                + invoice.parties().senderName());
        canvas.text(LEFT, y - 112, 10.5f, "送金者名 " + invoice.parties().senderName());
        canvas.text(LEFT, y - 142, 9, "・振込手数料はお客様のご負担でお願いいたします。");
        canvas.text(LEFT, y - 156, 9, "・振込番号のないお振込は入金の確認に時間がかかることがあります。");
        canvas.text(LEFT, y - 170, 9, "・本請求書は電子的に発行しています。郵送はいたしません。");
    }
}
