package itc.renewal.notification.certificate.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * IPAex Gothic (IPA Font License v1.0, text beside the file): a glyf-based TrueType font, which PDFBox
 * can subset and embed; CFF-based CJK fonts (Noto .ttc) fail there. The file is read once; each
 * document parses and embeds its own subset, so renders do not share mutable font state.
 */
final class CertificateFont {

    private static final String RESOURCE = "/fonts/ipaexg.ttf";

    private final byte[] file;

    private CertificateFont(byte[] file) {
        this.file = file;
    }

    static CertificateFont fromClasspath() {
        try (InputStream in = CertificateFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("font missing on the classpath: " + RESOURCE);
            }
            return new CertificateFont(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDType0Font embedIn(PDDocument document) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(file), true);
    }
}
