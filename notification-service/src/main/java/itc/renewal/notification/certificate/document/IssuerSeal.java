package itc.renewal.notification.certificate.document;

import itc.renewal.platform.documents.PageCanvas;

import java.io.IOException;

/**
 * The association's round red seal (印影), drawn rather than embedded as an image so it stays sharp at
 * any zoom: a double ring with the issuer's name around it and 理事長之印 in the middle.
 */
final class IssuerSeal {

    static final String ISSUER = "特定非営利活動法人ITコーディネータ協会";

    private static final float[] SEAL_RED = {0.80f, 0.10f, 0.12f};
    /** The ring text leaves a gap at the bottom, as on a real seal. */
    private static final double RING_SPAN = Math.toRadians(320);

    private IssuerSeal() {
    }

    static void draw(PageCanvas canvas, float centerX, float centerY, float radius) throws IOException {
        canvas.contents().saveGraphicsState();
        canvas.color(SEAL_RED[0], SEAL_RED[1], SEAL_RED[2]);
        circle(canvas, centerX, centerY, radius, 1.6f);
        float inner = radius * 0.66f;
        circle(canvas, centerX, centerY, inner, 0.8f);
        ringText(canvas, centerX, centerY, radius * 0.73f, radius * 0.22f);
        float size = inner * 0.5f;
        canvas.centered(centerX, centerY + size * 0.15f, size, "理事長");
        canvas.centered(centerX, centerY - size * 1.05f, size, "之印");
        canvas.contents().restoreGraphicsState();
    }

    private static void ringText(PageCanvas canvas, float cx, float cy, float baseline, float size)
            throws IOException {
        int[] glyphs = ISSUER.codePoints().toArray();
        double step = RING_SPAN / glyphs.length;
        // Clockwise from the lower left; each glyph stands with its foot towards the centre.
        double angle = Math.PI / 2 + RING_SPAN / 2 - step / 2;
        for (int codePoint : glyphs) {
            float x = (float) (cx + baseline * Math.cos(angle));
            float y = (float) (cy + baseline * Math.sin(angle));
            canvas.rotatedGlyph(x, y, size, angle - Math.PI / 2, new String(Character.toChars(codePoint)));
            angle -= step;
        }
    }

    /** A circle from four Bézier arcs (PDF has no circle operator). */
    private static void circle(PageCanvas canvas, float cx, float cy, float r, float lineWidth) throws IOException {
        float k = 0.5523f * r;
        var c = canvas.contents();
        c.setLineWidth(lineWidth);
        c.moveTo(cx + r, cy);
        c.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        c.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        c.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        c.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        c.closePath();
        c.stroke();
    }
}
