package org.partnershipatlas.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnershipatlas.io.GeneratedAuthority;
import org.partnershipatlas.layout.Diagram;
import org.partnershipatlas.layout.LaidOut;
import org.partnershipatlas.layout.MapDiagram;

/** Every name in an exported picture stays inside its box, measured in the font the picture is drawn with. */
class LabelsFitTest {

    @Test
    void everyLabelLineFitsInsideItsBoxOnTheSampleAndAGeneratedAuthority() {
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        List<Diagram.Box> boxes = new ArrayList<>(MapDiagram.of(LaidOut.sample()).boxes());
        boxes.addAll(MapDiagram.of(LaidOut.withLayout(GeneratedAuthority.build(300, 100, 600, 5))).boxes());
        int shrunk = 0;
        try {
            for (Diagram.Box box : boxes) {
                java.awt.Font font = Java2dMapPainter.labelFont(g, box);
                FontMetrics metrics = g.getFontMetrics(font);
                for (String line : box.label()) {
                    assertTrue(metrics.stringWidth(line) <= Java2dMapPainter.textRoom(box),
                            "\"" + line + "\" is " + metrics.stringWidth(line) + " wide in a box with room for "
                                    + Java2dMapPainter.textRoom(box));
                }
                assertTrue(font.getSize2D() >= Java2dMapPainter.SMALLEST_LABEL, box.label() + " at " + font.getSize2D());
                double height = box.label().size() * 17 + 14;
                assertTrue(height <= box.rect().height() + 1, box.label() + " taller than its box");
                if (font.getSize2D() < Java2dMapPainter.LABEL) {
                    shrunk++;
                }
            }
        } finally {
            g.dispose();
        }
        assertTrue(shrunk < boxes.size() / 4, shrunk + " of " + boxes.size() + " names drawn smaller than the map's size");
    }
}
