package org.partnershipatlas.report.pack;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jfree.svg.SVGGraphics2D;
import org.partnershipatlas.layout.Diagram;
import org.partnershipatlas.layout.Rect;
import org.partnershipatlas.report.DiagramSheet;

/**
 * The structure diagram on its own, as a sheet with its title and key: SVG (shapes and real text)
 * and a PNG at 300 dots an inch at the size it prints on the chosen paper, or larger where that
 * would make names too small to read.
 */
final class DiagramFiles {
    static final int MAX_SIDE = 12_000;
    /** About 18 million pixels, A3 at 300 dpi (72 MB while drawn): a larger map is drawn at a lower resolution. */
    static final double MAX_PIXELS = 18e6;

    private DiagramFiles() {
    }

    static void svg(Diagram diagram, String title, String subtitle, Path target) throws IOException {
        Rect area = DiagramSheet.area(diagram);
        SVGGraphics2D g = new SVGGraphics2D(Math.ceil(area.width()), Math.ceil(area.height()));
        DiagramSheet.paint(g, diagram, title, subtitle, area, 1);
        String svg = g.getSVGDocument().replaceFirst("<svg ", "<svg role=\"img\" aria-label=\""
                + (title + ", " + subtitle).replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\" ");
        Path partial = target.resolveSibling("." + target.getFileName() + ".part");
        Files.writeString(partial, svg, StandardCharsets.UTF_8);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    }

    static void png(Diagram diagram, String title, String subtitle, PackOptions.Paper paper, Path target)
            throws IOException {
        Rect area = DiagramSheet.area(diagram);
        double points = Math.max(StructureAppendix.READABLE, Math.min((paper.width() - 72) / area.width(),
                (paper.height() - 72) / area.height()));
        double scale = Math.min(Math.min(points * 300 / 72, MAX_SIDE / Math.max(area.width(), area.height())),
                Math.sqrt(MAX_PIXELS / (area.width() * area.height())));
        BufferedImage image = new BufferedImage((int) Math.ceil(area.width() * scale),
                (int) Math.ceil(area.height() * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            DiagramSheet.paint(g, diagram, title, subtitle, area, scale);
        } finally {
            g.dispose();
        }
        Path partial = target.resolveSibling("." + target.getFileName() + ".part");
        PngDpi.write(image, 300, partial);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
