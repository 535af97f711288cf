package itc.renewal.notification.certificate.document;

import itc.renewal.notification.certificate.api.CertificateContent;
import itc.renewal.notification.certificate.domain.JapaneseDates;
import itc.renewal.platform.documents.PageCanvas;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Where everything sits on the A4 portrait 更新結果通知書兼資格証明書 (rule C4). */
final class CertificateLayout {

    static final String TITLE = "更新結果通知書兼資格証明書";

    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float LEFT = 72;
    private static final float RIGHT = WIDTH - 72;
    private static final float TABLE_LEFT = 100;
    private static final float TABLE_RIGHT = WIDTH - 100;
    private static final float LABEL_WIDTH = 130;
    private static final float ROW_HEIGHT = 30;
    /** Where the verification QR code sits (bottom-left corner and side, in points). */
    static final float QR_X = LEFT - 8;
    static final float QR_Y = 56;
    static final float QR_SIZE = 84;

    private CertificateLayout() {
    }

    static void draw(PageCanvas canvas, CertificateContent content) throws IOException {
        frame(canvas);
        canvas.color(0.1f, 0.1f, 0.1f);
        canvas.rightAligned(RIGHT, HEIGHT - 80, 10.5f, "発行日　" + JapaneseDates.day(content.issuedOn()));
        canvas.centered(WIDTH / 2, HEIGHT - 150, 22, TITLE);
        holder(canvas, content);
        canvas.text(LEFT, HEIGHT - 270, 11, content.fiscalYear() + "年度のITコーディネータ資格の更新手続きが完了しました。");
        canvas.text(LEFT, HEIGHT - 290, 11, "資格有効期限が更新されます。更新後の資格有効期限は下記のとおりです。");
        canvas.text(LEFT, HEIGHT - 310, 11, "あわせて、下記の者がITコーディネータの資格を有することを証明します。");
        canvas.centered(WIDTH / 2, HEIGHT - 345, 12, "記");
        float tableBottom = table(canvas, HEIGHT - 365, rows(content));
        canvas.rightAligned(TABLE_RIGHT, tableBottom - 22, 11, "以上");
        // The seal touches the end of the issuer's name, as when stamped by hand, without hiding it.
        canvas.rightAligned(RIGHT - 60, 205, 13, IssuerSeal.ISSUER);
        IssuerSeal.draw(canvas, RIGHT - 26, 212, 30);
        verification(canvas, content);
    }

    private static void frame(PageCanvas canvas) throws IOException {
        canvas.color(0.16f, 0.29f, 0.48f);
        canvas.rectangle(28, 28, WIDTH - 56, HEIGHT - 56, 2.2f);
        canvas.rectangle(34, 34, WIDTH - 68, HEIGHT - 68, 0.6f);
    }

    private static void holder(PageCanvas canvas, CertificateContent content) throws IOException {
        String kana = content.holderNameKana();
        if (kana != null && !kana.isBlank()) {
            canvas.text(LEFT + 4, HEIGHT - 200, 9, kana);
        }
        canvas.text(LEFT, HEIGHT - 222, 18, content.holderName() + "　様");
        canvas.line(LEFT, HEIGHT - 229, LEFT + 260, HEIGHT - 229, 0.8f);
    }

    private static List<String[]> rows(CertificateContent content) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"氏名", content.holderName()});
        rows.add(new String[] {"認定番号", content.certificationNumber()});
        rows.add(new String[] {"認定年月", JapaneseDates.month(content.certifiedIn())});
        rows.add(new String[] {"資格有効期限", JapaneseDates.day(content.expiry())});
        rows.add(new String[] {"更新年度", content.fiscalYear() + "年度"});
        return rows;
    }

    /** A two-column ruled table whose top edge is at {@code top}; returns its bottom edge. */
    private static float table(PageCanvas canvas, float top, List<String[]> rows) throws IOException {
        float bottom = top - rows.size() * ROW_HEIGHT;
        canvas.contents().setNonStrokingColor(0.93f, 0.95f, 0.98f);
        canvas.contents().addRect(TABLE_LEFT, bottom, LABEL_WIDTH, top - bottom);
        canvas.contents().fill();
        canvas.color(0.1f, 0.1f, 0.1f);
        canvas.rectangle(TABLE_LEFT, bottom, TABLE_RIGHT - TABLE_LEFT, top - bottom, 1);
        canvas.line(TABLE_LEFT + LABEL_WIDTH, top, TABLE_LEFT + LABEL_WIDTH, bottom, 0.6f);
        for (int i = 0; i < rows.size(); i++) {
            float rowTop = top - i * ROW_HEIGHT;
            if (i > 0) {
                canvas.line(TABLE_LEFT, rowTop, TABLE_RIGHT, rowTop, 0.6f);
            }
            canvas.text(TABLE_LEFT + 14, rowTop - 19, 11, rows.get(i)[0]);
            canvas.text(TABLE_LEFT + LABEL_WIDTH + 16, rowTop - 19.5f, 12.5f, rows.get(i)[1]);
        }
        return bottom;
    }

    private static void verification(PageCanvas canvas, CertificateContent content) throws IOException {
        VerificationQrCode.of(content.verificationUrl()).draw(canvas, QR_X, QR_Y, QR_SIZE);
        float x = QR_X + QR_SIZE + 14;
        canvas.color(0.25f, 0.25f, 0.25f);
        canvas.text(x, 122, 9, "証明書の確認");
        canvas.text(x, 108, 8, "左のQRコードから、本証明書が協会の発行したものであることと、");
        canvas.text(x, 96, 8, "現在の資格の有効性を確認できます。");
        canvas.text(x, 80, 7, content.verificationUrl().toString());
        canvas.text(x, 68, 7, "証明書ID　" + content.certificateId());
    }
}
