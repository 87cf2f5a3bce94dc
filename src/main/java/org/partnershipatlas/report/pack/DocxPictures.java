package org.partnershipatlas.report.pack;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Word pack's diagrams as PNG pictures at 150 dots an inch, drawn by the Java2D painter. They are
 * drawn in parallel before the document is written: a large authority's pack has hundreds, and each
 * is independent of the others.
 */
final class DocxPictures {
    /** Pixels a point: 150 dpi at printed size. */
    static final double DPI = 96.0 / 72;

    /**
     * A drawn figure and its size in points: the SVG Word 2016 and later draws (shapes and real text,
     * sharp at any zoom) and the PNG older readers show instead.
     */
    record Picture(byte[] png, byte[] svg, double widthPoints, double heightPoints) {
    }

    private DocxPictures() {
    }

    static Map<PackDocument.Figure, Picture> drawAll(List<PackDocument.Figure> figures, PackOptions.Paper paper,
                                                     FigureSvgs svgs, String subtitle) {
        Map<PackDocument.Figure, Picture> drawn = new IdentityHashMap<>();
        List<Picture> pictures = figures.parallelStream().map(f -> draw(f, paper, svgs, subtitle)).toList();
        for (int i = 0; i < figures.size(); i++) {
            drawn.put(figures.get(i), pictures.get(i));
        }
        return drawn;
    }

    static Picture draw(PackDocument.Figure figure, PackOptions.Paper paper, FigureSvgs svgs, String subtitle) {
        double widthPt = figure.fullPage() ? paper.width() - 2 * 50 : 595 - 2 * 72;
        // a figure within the text at its readable size (as in the PDF), up to a portrait page's height
        double heightPt = figure.fullPage() ? paper.height() - 2 * 50 - 40 : 842 - 2 * 72 - 40;
        double scale = Math.min(widthPt / figure.area().width(), heightPt / figure.area().height());
        if (!figure.fullPage()) {
            scale = Math.min(scale, PdfPackWriter.SMALL_FIGURE_SCALE);
        }
        int wide = (int) Math.ceil(figure.area().width() * scale * DPI);
        int high = (int) Math.ceil(figure.area().height() * scale * DPI);
        BufferedImage image = new BufferedImage(wide, high, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            figure.paint(g, subtitle, scale * DPI);
        } finally {
            g.dispose();
        }
        byte[] png = PngDpi.bytes(image, (int) Math.round(DPI * 72));
        byte[] svg = svgs.of(figure);
        return new Picture(png, svg, wide / DPI, high / DPI);
    }
}
