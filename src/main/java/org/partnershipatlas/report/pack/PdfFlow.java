package org.partnershipatlas.report.pack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text flowing down PDF pages: a cursor, line wrapping by the font's real widths, and a new page
 * when the next line would not fit. Uses the standard Helvetica fonts, which every PDF reader has;
 * characters they cannot show are replaced, so an unusual name never stops an export.
 */
final class PdfFlow implements AutoCloseable {
    /**
     * PDFBox warns, once a font, that it draws the standard Helvetica with a look-alike when a page is
     * rendered on a machine without it; the PDF itself names Helvetica, so the warning is kept quiet.
     */
    private static final java.util.logging.Logger FONT_WARNINGS = quiet("org.apache.pdfbox.pdmodel.font");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    static final float MARGIN = 56;
    static final float FOOTER = 36;
    final PDFont regular;
    final PDFont bold;
    private final PdfFonts fonts;
    private final PDDocument document;
    private PDPage page;
    private PDPageContentStream content;
    private float y;
    private boolean breakPending;
    private PDRectangle pageSize = PDRectangle.A4;
    private PdfTags tags;
    private org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement current;

    PdfFlow(PDDocument document) {
        this(document, new PdfFonts(document));
    }

    PdfFlow(PDDocument document, PdfFonts fonts) {
        this.document = document;
        this.fonts = fonts;
        this.regular = fonts.regular;
        this.bold = fonts.bold;
    }

    /** The embedded fonts this flow writes in, for what is drawn beside it (footers, pictures). */
    PdfFonts fonts() {
        return fonts;
    }

    /** Tags what is written from now on (see {@link #tag}). */
    void tags(PdfTags structure) {
        this.tags = structure;
    }

    PdfTags tags() {
        return tags;
    }

    /** Text written from now on belongs to this element; null marks it as an artifact. */
    void tag(org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement element) {
        current = element;
    }

    /** Draws a rule, shading or other decoration, which a screen reader skips. */
    void decoration(PdfTags.Drawing drawing) throws IOException {
        if (tags == null) {
            drawing.draw();
        } else {
            tags.artifact(content, drawing);
        }
    }

    PDDocument document() {
        return document;
    }

    PDPage page() {
        return page;
    }

    PDPageContentStream content() {
        return content;
    }

    float y() {
        return y;
    }

    void moveDown(float by) {
        y -= by;
    }

    float width() {
        return page.getMediaBox().getWidth() - 2 * MARGIN;
    }

    /** Starts a page of the given size (portrait A4 for text, landscape for diagrams). */
    PDPage newPage(PDRectangle size) throws IOException {
        closeContent();
        breakPending = false;
        page = new PDPage(size);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = size.getHeight() - MARGIN;
        return page;
    }

    /**
     * Makes room for {@code height} points: a new page (of the size text now flows on) when this one
     * is too full, is of another size, or a break was asked for.
     */
    boolean ensure(float height) throws IOException {
        if (page == null || breakPending || y - height < MARGIN + FOOTER
                || page.getMediaBox().getWidth() != pageSize.getWidth()) {
            newPage(pageSize);
            return true;
        }
        return false;
    }

    /** Text from here on flows on pages of this size (landscape for a wide table). */
    void flowOn(PDRectangle size) {
        pageSize = size;
    }

    /** The next thing written starts a new page (so a break at the end of an appendix leaves no blank page). */
    void breakPage() {
        breakPending = true;
    }

    /** Writes wrapped text at the cursor, from {@code x} over {@code width}; returns the lines used. */
    int text(String text, PDFont font, float size, float x, float width, float leading) throws IOException {
        List<String> lines = wrap(text, font, size, width);
        for (String line : lines) {
            ensure(leading);
            show(line, font, size, x, y - size);
            y -= leading;
        }
        return lines.size();
    }

    void show(String text, PDFont font, float size, float x, float baseline) throws IOException {
        PdfTags.Drawing drawing = () -> {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(safe(font, text));
            content.endText();
        };
        if (tags == null) {
            drawing.draw();
        } else {
            tags.mark(content, page, current, drawing);
        }
    }

    /** Splits text into lines no wider than {@code width} at this size, breaking long words if need be. */
    List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (width(word, font, size) > width && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && width(word.substring(0, cut), font, size) > width) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    float width(String text, PDFont font, float size) throws IOException {
        String shown = safe(font, text);
        float[] widths = WIDTHS.computeIfAbsent(font, f -> new float[Character.MAX_VALUE + 1]);
        float sum = 0;
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            float w = widths[c];
            if (w == 0) {
                // an embedded font measures a character slowly: each is measured once and kept
                w = Math.max(Float.MIN_VALUE, font.getStringWidth(String.valueOf(c)));
                widths[c] = w;
            }
            sum += w;
        }
        return sum / 1000 * size;
    }

    /** Each font's character widths, as measured (0: not yet). */
    private static final java.util.Map<PDFont, float[]> WIDTHS = java.util.Collections.synchronizedMap(
            new java.util.WeakHashMap<>());
    /** Characters each font cannot encode, as found, and those it can. */
    private static final java.util.Map<PDFont, java.util.BitSet[]> ENCODABLE = java.util.Collections.synchronizedMap(
            new java.util.WeakHashMap<>());

    /** The text with every character the font cannot encode replaced by a near one or "?". */
    static String safe(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String s = switch (c) {
                case '●' -> "*";
                case '○' -> "o";
                case '→' -> "->";
                case '←' -> "<-";
                case '≥' -> ">=";
                case '≤' -> "<=";
                case '\t' -> " ";
                default -> String.valueOf(c);
            };
            out.append(encodable(font, s) ? s : "?");
        }
        return out.toString();
    }

    /** Whether the font can show the text (one character, or a stand-in for one), found once a character. */
    private static boolean encodable(PDFont font, String s) {
        if (s.length() != 1) {
            return tryEncode(font, s);
        }
        java.util.BitSet[] known = ENCODABLE.computeIfAbsent(font, f -> new java.util.BitSet[] {new java.util.BitSet(),
            new java.util.BitSet()});
        char c = s.charAt(0);
        synchronized (known) {
            if (known[0].get(c)) {
                return true;
            }
            if (known[1].get(c)) {
                return false;
            }
        }
        boolean yes = tryEncode(font, s);
        synchronized (known) {
            known[yes ? 0 : 1].set(c);
        }
        return yes;
    }

    private static boolean tryEncode(PDFont font, String s) {
        try {
            font.encode(s);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeContent();
    }
}
