package org.partnershipatlas.report;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;
import org.partnershipatlas.layout.Diagram;
import org.partnershipatlas.layout.Rect;
import org.partnershipatlas.layout.SeatOverlay;

/**
 * The map, or the part of it in view, as a picture: SVG with real text and shapes (JFreeSVG), or PNG
 * at a chosen resolution. Files are written beside the target and moved into place.
 */
public final class MapExport {
    /** The largest PNG side in pixels; a larger request is scaled down to fit. */
    static final int MAX_PNG_SIDE = 12_000;

    private MapExport() {
    }

    public static void svg(Diagram diagram, Rect area, String title, Path target) throws IOException {
        svg(diagram, null, area, title, target);
    }

    /** The diagram, with who sits where when {@code seats} is given, as an SVG drawing titled for screen readers. */
    public static void svg(Diagram diagram, SeatOverlay seats, Rect area, String title, Path target) throws IOException {
        svg(area, title, g -> Java2dMapPainter.paint(g, diagram, seats, area, 1), target);
    }

    /** Whatever {@code painter} draws over {@code area} (map units, one to a pixel) as SVG, titled for screen readers. */
    public static void svg(Rect area, String title, java.util.function.Consumer<Graphics2D> painter, Path target)
            throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(Math.ceil(area.width()), Math.ceil(area.height()));
        painter.accept(g);
        String svg = g.getSVGDocument().replaceFirst("<svg ", "<svg role=\"img\" aria-label=\""
                + escape(title) + "\" ");
        FileReplacement.writeText(target, out -> out.write(svg));
    }

    /** A PNG at {@code scale} pixels per map unit (2 gives a sharp picture for slides). */
    public static void png(Diagram diagram, Rect area, double scale, Path target) throws IOException {
        png(diagram, null, area, scale, target);
    }

    /** As {@link #png(Diagram, Rect, double, Path)}, with who sits where when {@code seats} is given. */
    public static void png(Diagram diagram, SeatOverlay seats, Rect area, double scale, Path target) throws IOException {
        double fit = Math.min(scale, MAX_PNG_SIDE / Math.max(area.width(), area.height()));
        BufferedImage image = new BufferedImage(Math.max(1, (int) Math.ceil(area.width() * fit)),
                Math.max(1, (int) Math.ceil(area.height() * fit)), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            Java2dMapPainter.paint(g, diagram, seats, area, fit);
        } finally {
            g.dispose();
        }
        FileReplacement.write(target, partial -> ImageIO.write(image, "png", partial.toFile()));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
