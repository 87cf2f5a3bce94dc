package org.partnershipatlas.report.pack;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts a pack's PDF is written in, embedded in it: Liberation Sans (SIL Open Font Licence, shipped
 * with the app), which has Helvetica's widths, so text measured for the page is set as measured. An
 * accessible PDF (PDF/UA) must carry its fonts; the standard fonts a reader supplies do not count.
 */
final class PdfFonts {
    private static final String REGULAR = "fonts/LiberationSans-Regular.ttf";
    private static final String BOLD = "fonts/LiberationSans-Bold.ttf";

    final PDFont regular;
    final PDFont bold;

    /** Loads both fonts into {@code document}; only the characters used are embedded, when it is saved. */
    PdfFonts(PDDocument document) {
        this.regular = load(document, REGULAR);
        this.bold = load(document, BOLD);
    }

    private static PDFont load(PDDocument document, String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the font " + resource + " is missing from the application");
            }
            // without the font's glyph substitutions: PDFBox would otherwise set "fi" and the like as
            // ligatures (losing letters from the text a screen reader reads) and compile patterns for every
            // string it shows, which made a long pack several times slower
            org.apache.fontbox.ttf.TrueTypeFont font = new org.apache.fontbox.ttf.TTFParser().parse(
                    new org.apache.pdfbox.io.RandomAccessReadBuffer(in));
            font.setEnableGsub(false);
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the font " + resource, e);
        }
    }

    /**
     * Draws a picture's text (the diagram's names and key) in these embedded fonts, bold where the
     * picture asked for bold, instead of standard fonts that are not in the file.
     */
    de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer textDrawer() {
        return new de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer() {
            @Override
            protected PDFont mapFont(Font font, de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer
                    .IFontTextDrawerEnv env) {
                return font.isBold() ? bold : regular;
            }
        };
    }
}
