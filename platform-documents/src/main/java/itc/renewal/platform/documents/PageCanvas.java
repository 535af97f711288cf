package itc.renewal.platform.documents;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;

/** Text and lines on one page in one font, measured in points from the bottom-left corner. */
public final class PageCanvas {

    /** Replaces a character the font cannot draw, as Japanese typesetting does (〓, geta mark). */
    private static final String MISSING_GLYPH = "〓";

    private final PDPageContentStream contents;
    private final PDType0Font font;

    public PageCanvas(PDPageContentStream contents, PDType0Font font) {
        this.contents = contents;
        this.font = font;
    }

    public PDPageContentStream contents() {
        return contents;
    }

    public void text(float x, float y, float size, String text) throws IOException {
        contents.beginText();
        contents.setFont(font, size);
        contents.newLineAtOffset(x, y);
        contents.showText(printable(text));
        contents.endText();
    }

    public void centered(float centerX, float y, float size, String text) throws IOException {
        text(centerX - width(text, size) / 2, y, size, text);
    }

    public void rightAligned(float rightX, float y, float size, String text) throws IOException {
        text(rightX - width(text, size), y, size, text);
    }

    /** One glyph centred on (x, y) and turned by {@code radians}, e.g. for text around a seal. */
    public void rotatedGlyph(float x, float y, float size, double radians, String glyph) throws IOException {
        float halfWidth = width(glyph, size) / 2;
        float originX = (float) (x - halfWidth * Math.cos(radians));
        float originY = (float) (y - halfWidth * Math.sin(radians));
        contents.beginText();
        contents.setFont(font, size);
        contents.setTextMatrix(Matrix.getRotateInstance(radians, originX, originY));
        contents.showText(printable(glyph));
        contents.endText();
    }

    public void line(float x1, float y1, float x2, float y2, float lineWidth) throws IOException {
        contents.setLineWidth(lineWidth);
        contents.moveTo(x1, y1);
        contents.lineTo(x2, y2);
        contents.stroke();
    }

    public void rectangle(float x, float y, float width, float height, float lineWidth) throws IOException {
        contents.setLineWidth(lineWidth);
        contents.addRect(x, y, width, height);
        contents.stroke();
    }

    public void color(float red, float green, float blue) throws IOException {
        contents.setStrokingColor(red, green, blue);
        contents.setNonStrokingColor(red, green, blue);
    }

    public float width(String text, float size) throws IOException {
        return font.getStringWidth(printable(text)) / 1000 * size;
    }

    /**
     * Names may hold characters outside the font (rare variant kanji); PDFBox would throw and the
     * certificate would never be issued, so such characters are replaced instead.
     */
    public String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String character = new String(Character.toChars(codePoint));
            out.append(hasGlyph(character) ? character : MISSING_GLYPH);
        });
        return out.toString();
    }

    private boolean hasGlyph(String character) {
        try {
            font.encode(character);
            return !Character.isISOControl(character.codePointAt(0));
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
