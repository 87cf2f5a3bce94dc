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
    /** The key, as a strip under the map: three rows (bodies, markers, lines). */
    static final double KEY_HEIGHT = 140;
    static final double KEY_WIDTH = 980;
    static final double NOTE_LINE = 20;
    static final double LABEL_ROOM = 130;

    private DiagramSheet() {
    }

    /** The sheet's area in map units: the map's bounds, room for band labels, the title, the key and the notes. */
    public static Rect area(Diagram diagram) {
        return area(diagram, List.of());
    }

    /** As {@link #area(Diagram)}, with room under the key for {@code notes} (lines to other parts). */
    public static Rect area(Diagram diagram, List<String> notes) {
        Rect b = diagram.bounds();
        double notesHeight = notes.isEmpty() ? 0 : NOTE_LINE * (notes.size() + 1) + 10;
        return new Rect(b.x() - LABEL_ROOM, b.y() - TITLE, Math.max(b.width() + LABEL_ROOM + 20, KEY_WIDTH + 20),
                b.height() + TITLE + 20 + KEY_HEIGHT + notesHeight);
    }

    /** The room left for the map itself on a sheet {@code width} by {@code height} map units holding {@code notes} notes. */
    public static double[] mapRoom(double width, double height, int notes) {
        double notesHeight = notes == 0 ? 0 : NOTE_LINE * (notes + 1) + 10;
        return new double[] {width - LABEL_ROOM - 20, height - TITLE - 20 - KEY_HEIGHT - notesHeight};
    }

    public static void paint(Graphics2D g, Diagram diagram, String title, String subtitle, Rect area, double scale) {
        paint(g, diagram, title, subtitle, List.of(), area, scale);
    }

    /**
     * The map, its title above, the key under it on every sheet, and under the key each line that
     * leaves this sheet for another part, in words.
     */
    public static void paint(Graphics2D g, Diagram diagram, String title, String subtitle, List<String> notes, Rect area,
                             double scale) {
        Java2dMapPainter.paint(g, diagram, area, scale);
        Rect b = diagram.bounds();
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(area.x(), area.y(), area.width(), TITLE));
        double keyTop = b.maxY() + 20;
        g.fill(new Rectangle2D.Double(area.x(), keyTop, area.width(), area.maxY() - keyTop));
        g.setColor(Java2dMapPainter.INK);
        Font heading = new Font(Font.SANS_SERIF, Font.BOLD, 26);
        while (g.getFontMetrics(heading).stringWidth(title) > area.width() - 20 && heading.getSize2D() > 16) {
            heading = heading.deriveFont(heading.getSize2D() - 1);
        }
        g.setFont(heading);
        g.drawString(title, (float) area.x() + 10, (float) area.y() + 32);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        g.drawString(subtitle, (float) area.x() + 10, (float) area.y() + 56);
        key(g, area.x() + 10, keyTop);
        if (!notes.isEmpty()) {
            double y = keyTop + KEY_HEIGHT + 10;
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            g.setColor(Java2dMapPainter.INK);
            g.drawString("Lines to bodies on other parts", (float) area.x() + 10, (float) (y + 14));
            for (String note : notes) {
                y += NOTE_LINE;
                text(g, "\u2022 " + note, area.x() + 10, y + 14);
            }
        }
    }

    /** The key: each kind of body by its shape and border, the markers, and each kind of line. */
    static void key(Graphics2D g, double x, double y) {
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(x, y, KEY_WIDTH, KEY_HEIGHT - 10));
        g.setColor(new Color(0x4a5560));
        g.setStroke(new BasicStroke(1));
        g.draw(new Rectangle2D.Double(x, y, KEY_WIDTH, KEY_HEIGHT - 10));
        g.setColor(Java2dMapPainter.INK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString("Key \u00b7 each line runs from a body to the one it answers to, the arrow at that one", (float) x + 12,
                (float) y + 24);
        double column = 235;
        double row = y + 32;
        Object[][] kinds = {{Classification.PARTNERSHIP, "Partnership (solid)"}, {Classification.NETWORK, "Network (dashed)"},
            {Classification.WORKING_GROUP, "Working group (dotted)"}, {Classification.UNCLASSIFIED, "Not classified"}};
        // each entry as wide as its words need (at least a column), so a wide face never runs one into the next
        java.awt.FontMetrics metrics = g.getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        double left = x + 12;
        for (Object[] kind : kinds) {
            Java2dMapPainter.box(g, new Diagram.Box(0, new Rect(left, row, 60, 26), (Classification) kind[0],
                    List.of(), "", -1, false, false, false));
            text(g, (String) kind[1], left + 70, row + 18);
            left += Math.max(column, 70 + metrics.stringWidth((String) kind[1]) + 16);
        }
        row += 42;
        Java2dMapPainter.box(g, new Diagram.Box(0, new Rect(x + 12, row, 60, 26), Classification.PARTNERSHIP,
                List.of(), "", -1, true, false, false));
        text(g, "Star: needs political oversight", x + 82, row + 18);
        Java2dMapPainter.box(g, new Diagram.Box(0, new Rect(x + 12 + 2 * column, row, 60, 26), Classification.PARTNERSHIP,
                List.of(), "", -1, true, true, false));
        text(g, "\"!\": no lead member or scrutiny", x + 82 + 2 * column, row + 18);
        row += 48;
        Object[][] lines = {{LineKind.REPORTS_TO, "Reports to"}, {LineKind.SUB_GROUP_OF, "Sub-group of"},
            {LineKind.ADVISES, "Advises"}, {LineKind.COMMISSIONS, "Commissions"}};
        left = x + 12;
        for (Object[] line : lines) {
            Java2dMapPainter.line(g, List.of(new Point(left, row), new Point(left + 60, row)), (LineKind) line[0]);
            text(g, (String) line[1], left + 70, row + 5);
            left += Math.max(column, 70 + metrics.stringWidth((String) line[1]) + 16);
        }
    }

    private static void text(Graphics2D g, String text, double x, double y) {
        g.setColor(Java2dMapPainter.INK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        g.drawString(text, (float) x, (float) y);
    }
}
