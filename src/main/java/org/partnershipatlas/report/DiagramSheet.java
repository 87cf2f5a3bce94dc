package org.partnershipatlas.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.partnershipatlas.layout.Diagram;
import org.partnershipatlas.layout.Point;
import org.partnershipatlas.layout.Rect;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.LineKind;

/**
 * The structure diagram as a sheet to print or publish: the map with a title above it and the key
 * beside it, drawn by the same Java2D painter, so a reader holding only this picture can tell a
 * partnership from a network without the application.
 */
public final class DiagramSheet {
    static final double TITLE = 70;
    static final double KEY_WIDTH = 330;
    static final double LABEL_ROOM = 130;

    private DiagramSheet() {
    }

    /** The sheet's area in map units: the map's bounds, room for band labels, the title and the key. */
    public static Rect area(Diagram diagram) {
        Rect b = diagram.bounds();
        return new Rect(b.x() - LABEL_ROOM, b.y() - TITLE, b.width() + LABEL_ROOM + KEY_WIDTH + 40,
                Math.max(b.height() + TITLE + 20, 540));
    }

    public static void paint(Graphics2D g, Diagram diagram, String title, String subtitle, Rect area, double scale) {
        Java2dMapPainter.paint(g, diagram, area, scale);
        Rect b = diagram.bounds();
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(area.x(), area.y(), area.width(), TITLE));
        g.setColor(Java2dMapPainter.INK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 26));
        g.drawString(title, (float) area.x() + 10, (float) area.y() + 32);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        g.drawString(subtitle, (float) area.x() + 10, (float) area.y() + 56);
        key(g, b.maxX() + 40, b.y());
    }

    /** The key: each kind of body by its shape and border, the markers, and each kind of line. */
    static void key(Graphics2D g, double x, double y) {
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(x, y, KEY_WIDTH - 20, 470));
        g.setColor(new Color(0x4a5560));
        g.setStroke(new BasicStroke(1));
        g.draw(new Rectangle2D.Double(x, y, KEY_WIDTH - 20, 470));
        g.setColor(Java2dMapPainter.INK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString("Key", (float) x + 12, (float) y + 24);
        double row = y + 40;
        Object[][] kinds = {{Classification.PARTNERSHIP, "Partnership (solid)"}, {Classification.NETWORK, "Network (dashed)"},
            {Classification.WORKING_GROUP, "Working group (dotted)"}, {Classification.UNCLASSIFIED, "Not classified"}};
        for (Object[] kind : kinds) {
            Java2dMapPainter.box(g, new Diagram.Box(0, new Rect(x + 12, row, 70, 28), (Classification) kind[0],
                    List.of(), "", -1, false, false, false));
            text(g, (String) kind[1], x + 96, row + 19);
            row += 42;
        }
        Java2dMapPainter.box(g, new Diagram.Box(0, new Rect(x + 12, row + 8, 70, 28), Classification.PARTNERSHIP,
                List.of(), "", -1, true, false, false));
        text(g, "Star: needs political", x + 96, row + 20);
        text(g, "oversight", x + 96, row + 37);
        row += 50;
        Java2dMapPainter.box(g, new Diagram.Box(0, new Rect(x + 12, row + 8, 70, 28), Classification.PARTNERSHIP,
                List.of(), "", -1, true, true, false));
        text(g, "\"!\": oversight needed, but", x + 96, row + 20);
        text(g, "no lead member or scrutiny", x + 96, row + 37);
        row += 54;
        Object[][] lines = {{LineKind.REPORTS_TO, "Reports to"}, {LineKind.SUB_GROUP_OF, "Sub-group of"},
            {LineKind.ADVISES, "Advises"}, {LineKind.COMMISSIONS, "Commissions"}};
        for (Object[] line : lines) {
            Java2dMapPainter.line(g, List.of(new Point(x + 12, row + 8), new Point(x + 82, row + 8)), (LineKind) line[0]);
            text(g, (String) line[1], x + 96, row + 13);
            row += 28;
        }
    }

    private static void text(Graphics2D g, String text, double x, double y) {
        g.setColor(Java2dMapPainter.INK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        g.drawString(text, (float) x, (float) y);
    }
}
