package org.partnershipatlas.report.pack;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.partnershipatlas.report.pack.PackDocument.Table;

/**
 * Column widths for a Word table that keep every word whole: each column is at least as wide as its
 * longest word (measured with Liberation Sans, whose widths are Arial's, the font the document is set
 * in), the rest shared by how much text each column holds. A table too wide for A4 landscape at 7 pt
 * is set at 6.5 pt, then on A3 landscape, rather than break "Operational" or a date across lines.
 */
final class DocxColumns {
    /** Word's room inside a cell, left and right, in twentieths of a point. */
    static final int CELL_MARGIN = 57;
    private static final Font REGULAR = load("fonts/LiberationSans-Regular.ttf");
    private static final Font BOLD = load("fonts/LiberationSans-Bold.ttf");
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    /** The size the table is set in, whether it needs A3, and each column's width in twips. */
    record Fit(double fontSize, boolean a3, long[] twips) {
    }

    private DocxColumns() {
    }

    /** {@code a4} and {@code a3}: the room between the margins of a landscape page of each, in twips. */
    static Fit fit(Table table, double a4, double a3) {
        for (double size : new double[] {7, 6.5}) {
            long[] widths = widths(table, size, a4);
            if (widths != null) {
                return new Fit(size, false, widths);
            }
        }
        long[] widths = widths(table, 7, a3);
        if (widths != null) {
            return new Fit(7, true, widths);
        }
        return new Fit(6.5, true, squeezed(table, 6.5, a3));
    }

    /** The widths at this size within {@code room}, or null when the longest words alone do not fit. */
    static long[] widths(Table table, double size, double room) {
        double[] least = least(table, size);
        double sum = java.util.Arrays.stream(least).sum();
        if (sum > room) {
            return null;
        }
        double[] shares = DocxPackWriter.shares(table);
        long[] out = new long[least.length];
        double spare = room - sum;
        for (int i = 0; i < least.length; i++) {
            out[i] = Math.round(least[i] + spare * shares[i]);
        }
        return out;
    }

    private static long[] squeezed(Table table, double size, double room) {
        double[] least = least(table, size);
        double sum = java.util.Arrays.stream(least).sum();
        long[] out = new long[least.length];
        for (int i = 0; i < least.length; i++) {
            out[i] = Math.round(least[i] * room / sum);
        }
        return out;
    }

    /** Each column's longest word (the header's in bold) plus the cell's margins, in twips. */
    static double[] least(Table table, double size) {
        int n = table.header().size();
        double[] least = new double[n];
        for (int c = 0; c < n; c++) {
            least[c] = longestWord(table.header().get(c), BOLD, size);
            for (List<String> row : table.rows()) {
                String text = c < row.size() && row.get(c) != null ? row.get(c) : "";
                least[c] = Math.max(least[c], longestWord(text, REGULAR, size));
            }
            // a little over the word, as Word rounds glyph widths up
            least[c] = least[c] * 20 * 1.04 + 2 * CELL_MARGIN + 20;
        }
        return least;
    }

    private static double longestWord(String text, Font font, double size) {
        Font sized = font.deriveFont((float) size);
        double longest = 0;
        for (String word : text.split("\\s+")) {
            if (!word.isEmpty()) {
                longest = Math.max(longest, sized.getStringBounds(word, CONTEXT).getWidth());
            }
        }
        return longest;
    }

    private static Font load(String resource) {
        try (InputStream in = DocxColumns.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled font " + resource + " is missing");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | java.awt.FontFormatException e) {
            throw new IllegalStateException("the bundled font " + resource + " cannot be read", e);
        }
    }
}
