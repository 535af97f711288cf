package itc.renewal.platform.documents;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * IPAex Gothic (IPA Font License v1.0, text beside the file): a glyf-based TrueType font, which PDFBox
 * can subset and embed; CFF-based CJK fonts (Noto .ttc) fail there. The file is read once. Parsing it (its
 * tables and character map) cost more than drawing a whole certificate, so parsed fonts are kept and lent out:
 * a parsed font reads its glyphs on demand and is not thread-safe, so one render at a time holds each, from
 * embedding to saving its subset; a few are kept idle, any more are parsed when renders overlap and then dropped.
 */
public final class DocumentFont {

    private static final String RESOURCE = "/fonts/ipaexg.ttf";
    private static final int KEPT_IDLE = 4;

    private final byte[] file;
    private final Queue<TrueTypeFont> idle = new ConcurrentLinkedQueue<>();

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

    /** A parsed font for one render; close the lease after the document is saved. */
    public Lease lease() throws IOException {
        TrueTypeFont parsed = idle.poll();
        return new Lease(parsed != null ? parsed : new TTFParser().parse(new RandomAccessReadBuffer(file)));
    }

    /** One render's use of a parsed font. */
    public final class Lease implements AutoCloseable {

        private final TrueTypeFont parsed;

        private Lease(TrueTypeFont parsed) {
            this.parsed = parsed;
        }

        /** The font with its subset embedded in {@code document} when it is saved. */
        public PDType0Font embedIn(PDDocument document) throws IOException {
            return PDType0Font.load(document, parsed, true);
        }

        @Override
        public void close() throws IOException {
            if (idle.size() < KEPT_IDLE) {
                idle.offer(parsed);
            } else {
                parsed.close();
            }
        }
    }
}
