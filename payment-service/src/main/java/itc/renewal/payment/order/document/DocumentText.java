package itc.renewal.payment.order.document;

import itc.renewal.payment.order.api.PaymentMethod;
import itc.renewal.platform.documents.PageCanvas;

import java.io.IOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

/** Wording and drawing shared by the invoice and the receipt: yen, Japanese dates, the tax lines. */
final class DocumentText {

    static final float LEFT = 56;
    static final float RIGHT = 539;

    private DocumentText() {
    }

    /** 22,000円 */
    static String yen(BigDecimal amount) {
        return NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount) + "円";
    }

    /** 2027年5月31日 */
    static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    static String method(PaymentMethod method) {
        return switch (method) {
            case CARD -> "クレジットカード";
            case BANK_TRANSFER -> "銀行振込";
            case CONVENIENCE_STORE -> "コンビニ払い";
        };
    }

    /** A label on the left and its value right-aligned, with a thin rule under it; answers the next line's y. */
    static float row(PageCanvas canvas, float y, String label, String value) throws IOException {
        canvas.text(LEFT + 8, y, 10.5f, label);
        canvas.rightAligned(RIGHT - 8, y, 10.5f, value);
        canvas.line(LEFT, y - 6, RIGHT, y - 6, 0.4f);
        return y - 22;
    }

    /** The breakdown a qualified invoice needs: per rate, the amount without tax and the tax (rounded once). */
    static float taxLines(PageCanvas canvas, float y, int ratePercent, BigDecimal taxExcluded, BigDecimal tax,
                          BigDecimal total) throws IOException {
        y = row(canvas, y, ratePercent + "%対象（税抜）", yen(taxExcluded));
        y = row(canvas, y, "消費税（" + ratePercent + "%）", yen(tax));
        return row(canvas, y, "合計（税込）", yen(total));
    }

    /** The issuer block at the top right: name and registration number. */
    static void issuer(PageCanvas canvas, float y, String issuerName, String registrationNumber) throws IOException {
        canvas.rightAligned(RIGHT, y, 10.5f, issuerName);
        canvas.rightAligned(RIGHT, y - 16, 9.5f, "登録番号 " + registrationNumber);
    }
}
