package itc.renewal.platform.documents;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.GregorianCalendar;

/**
 * Renders a one-page A4 portrait document with the Japanese font subset embedded, so it prints the same
 * everywhere (certificates, invoices, receipts). Thread-safe: each render embeds its own subset, from a parsed font it holds alone until the document is saved.
 */
public final class OnePagePdf {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    /** What a document's properties say: title, issuer, subject (e.g. its number) and the date it was issued. */
    public record Properties(String title, String author, String subject, LocalDate issuedOn) {
    }

    /** Draws the page's content. */
    @FunctionalInterface
    public interface Layout {
        void draw(PageCanvas canvas) throws IOException;
    }

    /** The font file is read once per process, whichever documents the process renders. */
    private static final class Shared {
        static final OnePagePdf INSTANCE = new OnePagePdf(DocumentFont.fromClasspath());
    }

    private final DocumentFont font;

    /** The writer with the embedded IPAex font, read on first use and shared (thread-safe). */
    public static OnePagePdf shared() {
        return Shared.INSTANCE;
    }

    public OnePagePdf(DocumentFont font) {
        this.font = font;
    }

    public byte[] render(Properties properties, Layout layout) {
        try (DocumentFont.Lease lease = font.lease(); PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(properties.title());
            info.setAuthor(properties.author());
            info.setSubject(properties.subject());
            info.setCreationDate(GregorianCalendar.from(properties.issuedOn().atStartOfDay(JAPAN)));
            try (PDPageContentStream contents = new PDPageContentStream(document, page)) {
                layout.draw(new PageCanvas(contents, lease.embedIn(document)));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + properties.title() + " " + properties.subject(), e);
        }
    }
}
