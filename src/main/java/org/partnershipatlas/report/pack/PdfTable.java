package org.partnershipatlas.report.pack;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.partnershipatlas.report.pack.PackDocument.Table;

/**
 * A table in the PDF: a shaded, bold header row, cells that wrap, ruled rows, and the header row
 * drawn again at the top of every page the table runs on to.
 */
final class PdfTable {
    private static final float[] SIZES = {9, 8, 7.5f, 7};
    private static final float PAD = 3.5f;

    private PdfTable() {
    }

    static void draw(PdfFlow flow, Table table,
                     org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement parent)
            throws IOException {
        var structure = flow.tags() == null || parent == null ? null : flow.tags().element("Table", parent);
        flow.ensure(60);
        float size = SIZES[0];
        float[] widths = null;
        for (float candidate : SIZES) {
            size = candidate;
            widths = widths(flow, table, size);
            if (widths != null) {
                break;
            }
        }
        if (widths == null) {
            widths = squeezed(flow, table, size);
        }
        List<List<String>> header = wrapRow(flow, table.header(), widths, flow.bold, size);
        // the header row never ends a page alone: it goes with the first row (or the first row's page)
        float first = table.rows().isEmpty() ? 0 : height(wrapRow(flow, table.rows().get(0), widths, flow.regular,
                size), size);
        flow.ensure(height(header, size) + first);
        row(flow, header, widths, true, size, structure);
        for (List<String> cells : table.rows()) {
            List<List<String>> wrapped = wrapRow(flow, cells, widths, flow.regular, size);
            if (flow.ensure(height(wrapped, size))) {
                row(flow, header, widths, true, size, null);
            }
            row(flow, wrapped, widths, false, size, structure);
        }
        flow.tag(null);
        flow.moveDown(10);
    }

    /**
     * One row. {@code table} is the table's structure element, or null for a header row repeated on a
     * later page, which a screen reader should skip.
     */
    private static void row(PdfFlow flow, List<List<String>> cells, float[] widths, boolean header, float size,
                            org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement table)
            throws IOException {
        float height = height(cells, size);
        float leading = size * 1.28f;
        PDPageContentStream c = flow.content();
        float top = flow.y();
        if (header) {
            flow.decoration(() -> {
                c.setNonStrokingColor(new Color(0xe3e8ee));
                c.addRect(PdfFlow.MARGIN, top - height, sum(widths), height);
                c.fill();
                c.setNonStrokingColor(Color.BLACK);
            });
        }
        var row = table == null ? null : flow.tags().element("TR", table);
        float x = PdfFlow.MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            flow.tag(row == null ? null : header ? flow.tags().columnHeader(row) : flow.tags().element("TD", row));
            float y = top - PAD;
            for (String line : cells.get(i)) {
                flow.show(line, header ? flow.bold : flow.regular, size, x + PAD, y - size);
                y -= leading;
            }
            x += widths[i];
        }
        flow.decoration(() -> {
            c.setStrokingColor(header ? Color.BLACK : new Color(0xb8c0c8));
            c.setLineWidth(header ? 0.9f : 0.5f);
            c.moveTo(PdfFlow.MARGIN, top - height);
            c.lineTo(PdfFlow.MARGIN + sum(widths), top - height);
            c.stroke();
            c.setStrokingColor(Color.BLACK);
        });
        flow.tag(null);
        flow.moveDown(height);
    }

    private static List<List<String>> wrapRow(PdfFlow flow, List<String> cells, float[] widths, PDFont font,
                                              float size) throws IOException {
        List<List<String>> wrapped = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            String text = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
            wrapped.add(flow.wrap(text, font, size, widths[i] - 2 * PAD));
        }
        return wrapped;
    }

    private static float height(List<List<String>> cells, float size) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return lines * size * 1.28f + 2 * PAD;
    }

    /**
     * Column widths from the content: each column gets at least its longest word, so words are not
     * broken where the page allows, and the room left is shared out by how much each column's text
     * would like (capped, so one long note does not squeeze the rest).
     */
    private static float[] widths(PdfFlow flow, Table table, float size) throws IOException {
        float[][] measured = measured(flow, table, size);
        float[] least = measured[0];
        float[] liked = measured[1];
        int n = least.length;
        float total = flow.width();
        float sumLeast = sum(least);
        float sumLiked = sum(liked);
        if (sumLeast > total) {
            return null;
        }
        float[] widths = new float[n];
        for (int i = 0; i < n; i++) {
            widths[i] = sumLiked <= total ? liked[i] * total / sumLiked
                    : least[i] + (liked[i] - least[i]) * (total - sumLeast) / (sumLiked - sumLeast);
        }
        return widths;
    }

    /** Where even the smallest size cannot keep words whole: widths shrunk in proportion. */
    private static float[] squeezed(PdfFlow flow, Table table, float size) throws IOException {
        float[] least = measured(flow, table, size)[0];
        float total = flow.width();
        float sum = sum(least);
        float[] widths = new float[least.length];
        for (int i = 0; i < least.length; i++) {
            widths[i] = least[i] * total / sum;
        }
        return widths;
    }

    private static float[][] measured(PdfFlow flow, Table table, float size) throws IOException {
        int n = table.header().size();
        float[] least = new float[n];
        float[] liked = new float[n];
        for (int i = 0; i < n; i++) {
            measure(flow, table.header().get(i), flow.bold, least, liked, i, size);
            for (List<String> row : table.rows()) {
                measure(flow, i < row.size() && row.get(i) != null ? row.get(i) : "", flow.regular, least, liked, i,
                        size);
            }
            liked[i] = Math.max(least[i], Math.min(liked[i], 220));
        }
        return new float[][] {least, liked};
    }

    private static void measure(PdfFlow flow, String text, PDFont font, float[] least, float[] liked, int i,
                                float size) throws IOException {
        for (String word : text.split("\\s+")) {
            least[i] = Math.max(least[i], flow.width(word, font, size) + 2 * PAD + 1);
        }
        liked[i] = Math.max(liked[i], flow.width(text, font, size) + 2 * PAD + 1);
    }

    private static float sum(float[] widths) {
        float s = 0;
        for (float w : widths) {
            s += w;
        }
        return s;
    }
}
