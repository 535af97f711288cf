package itc.renewal.platform.documents;

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
public final class DocumentFont {

    private static final String RESOURCE = "/fonts/ipaexg.ttf";

    private final byte[] file;

    private DocumentFont(byte[] file) {
        this.file = file;
    }

    public static DocumentFont fromClasspath() {
        try (InputStream in = DocumentFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("font missing on the classpath: " + RESOURCE);
            }
            return new DocumentFont(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public PDType0Font embedIn(PDDocument document) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(file), true);
    }
}
