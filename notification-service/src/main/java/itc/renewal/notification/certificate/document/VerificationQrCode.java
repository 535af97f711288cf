package itc.renewal.notification.certificate.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import itc.renewal.platform.documents.PageCanvas;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

/**
 * The QR code leading to the public verification page (rule C5). Modules are drawn as vector squares,
 * not as a bitmap: a scaled bitmap would be blurred by viewers that interpolate, hurting scanning.
 */
final class VerificationQrCode {

    /** The quiet zone the QR specification asks for around the symbol, in modules. */
    private static final int QUIET_ZONE = 4;

    private final BitMatrix modules;

    private VerificationQrCode(BitMatrix modules) {
        this.modules = modules;
    }

    static VerificationQrCode of(URI url) {
        try {
            // Level M survives a fold or a smudge on a printed certificate. The URL is plain ASCII and
            // no character set is named: a UTF-8 hint adds an ECI segment, a bigger symbol, and scanners
            // (zxing's own, in CertificateRendererTest) then miss it at many print resolutions.
            BitMatrix matrix = new QRCodeWriter().encode(url.toASCIIString(), BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE));
            return new VerificationQrCode(matrix);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode verification URL " + url, e);
        }
    }

    private boolean isDark(int x, int y) {
        return modules.get(x, y);
    }

    private int moduleCount() {
        return modules.getWidth();
    }

    /** Draws the symbol, quiet zone included, as a {@code size}×{@code size} square at (x, y). */
    void draw(PageCanvas canvas, float x, float y, float size) throws IOException {
        var contents = canvas.contents();
        float module = size / moduleCount();
        contents.saveGraphicsState();
        contents.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < moduleCount(); row++) {
            float top = y + size - row * module;
            int column = 0;
            while (column < moduleCount()) {
                if (!isDark(column, row)) {
                    column++;
                    continue;
                }
                int runStart = column;
                while (column < moduleCount() && isDark(column, row)) {
                    column++;
                }
                // One rectangle per horizontal run keeps the content stream small.
                contents.addRect(x + runStart * module, top - module, (column - runStart) * module, module);
            }
        }
        contents.fill();
        contents.restoreGraphicsState();
    }
}
