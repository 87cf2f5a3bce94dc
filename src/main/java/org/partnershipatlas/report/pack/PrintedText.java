package org.partnershipatlas.report.pack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a printed PDF's pages hold as text, measured as printed: the smallest glyph in points, whether
 * the page has the key, and whether any text runs off the page. The 7-point promise is checked with
 * this, in the tests and in {@code atlas bench}, rather than assumed from the layout's arithmetic.
 */
public final class PrintedText {
    /** One page: its number (from 1), its smallest text in points and which text that was, the key, text off the page. */
    public record Page(int number, float smallest, String smallestText, boolean hasKey, boolean offPage) {
    }

    private PrintedText() {
    }

    public static List<Page> measure(Path pdfFile) throws IOException {
        List<Page> pages = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                Sizes sizes = new Sizes();
                sizes.setStartPage(page);
                sizes.setEndPage(page);
                String text = sizes.getText(pdf);
                float width = pdf.getPage(page - 1).getMediaBox().getWidth();
                float height = pdf.getPage(page - 1).getMediaBox().getHeight();
                boolean off = sizes.minX < 0 || sizes.minY < 0 || sizes.maxX > width || sizes.maxY > height;
                pages.add(new Page(page, sizes.smallest == Float.MAX_VALUE ? 0 : sizes.smallest, sizes.smallestText,
                        text.contains("Key"), off));
            }
        }
        return pages;
    }

    private static final class Sizes extends PDFTextStripper {
        float smallest = Float.MAX_VALUE;
        String smallestText = "";
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX;
        float maxY;

        Sizes() throws IOException {
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition p : positions) {
                if (p.getUnicode().isBlank()) {
                    continue;
                }
                float size = Math.abs(p.getYScale());
                if (size < smallest) {
                    smallest = size;
                    smallestText = text;
                }
                minX = Math.min(minX, p.getXDirAdj());
                minY = Math.min(minY, p.getYDirAdj() - p.getHeightDir());
                maxX = Math.max(maxX, p.getXDirAdj() + p.getWidthDirAdj());
                maxY = Math.max(maxY, p.getYDirAdj());
            }
            super.writeString(text, positions);
        }
    }
}
