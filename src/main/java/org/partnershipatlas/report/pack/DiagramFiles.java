package org.partnershipatlas.report.pack;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.partnershipatlas.layout.Rect;
import org.partnershipatlas.report.FileReplacement;

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

    static void svg(PackDocument.Figure sheet, FigureSvgs svgs, Path target) throws IOException {
        byte[] svg = svgs.of(sheet);
        FileReplacement.write(target, partial -> java.nio.file.Files.write(partial, svg));
    }

    static void png(PackDocument.Figure sheet, String subtitle, PackOptions.Paper paper, Path target)
            throws IOException {
        Rect area = sheet.area();
        double points = Math.max(StructureAppendix.READABLE, Math.min((paper.width() - 72) / area.width(),
                (paper.height() - 72) / area.height()));
        double scale = Math.min(Math.min(points * 300 / 72, MAX_SIDE / Math.max(area.width(), area.height())),
                Math.sqrt(MAX_PIXELS / (area.width() * area.height())));
        BufferedImage image = new BufferedImage((int) Math.ceil(area.width() * scale),
                (int) Math.ceil(area.height() * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            sheet.paint(g, subtitle, scale);
        } finally {
            g.dispose();
        }
        FileReplacement.write(target, partial -> PngDpi.write(image, 300, partial));
    }
}
