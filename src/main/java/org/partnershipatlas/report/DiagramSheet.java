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
    /** Beside the key at the top: room for the title and the authority's name under it. */
    static final double TITLE_COLUMN = 620;
    /** The top of a sheet with the key beside the title. */
    static final double HEADER = KEY_HEIGHT + 5;

    private DiagramSheet() {
    }

    /** The sheet's area in map units: the map's bounds, room for band labels, the title, the key and the notes. */
    public static Rect area(Diagram diagram) {
        return area(diagram, List.of());
    }

    /** As {@link #area(Diagram)}, with room under the key for {@code notes} (lines to other parts). */
    public static Rect area(Diagram diagram, List<String> notes) {
        return area(diagram.bounds(), notes);
    }

    /** The area of a sheet for a map with these bounds and notes. */
    public static Rect area(Rect b, List<String> notes) {
        double notesHeight = notes.isEmpty() ? 0 : NOTE_LINE * (notes.size() + 1) + 10;
        if (keyBeside(b)) {
            return new Rect(b.x() - LABEL_ROOM, b.y() - HEADER, b.width() + LABEL_ROOM + 20,
                    b.height() + HEADER + 20 + notesHeight);
        }
        return new Rect(b.x() - LABEL_ROOM, b.y() - TITLE, Math.max(b.width() + LABEL_ROOM + 20, KEY_WIDTH + 20),
                b.height() + TITLE + 20 + KEY_HEIGHT + notesHeight);
    }

    /**
     * True when the map is wide enough for the key to stand at the top right beside the title, where
     * a wide map leaves room, instead of in a strip under the map: the page's height goes to the map.
     */
    static boolean keyBeside(Rect bounds) {
        return roomBesideKey(bounds.width() + LABEL_ROOM + 20);
    }

    /** True when a sheet this wide holds the title and the key side by side (a sheet with the key under the map never does). */
    private static boolean roomBesideKey(double sheetWidth) {
        return sheetWidth >= KEY_WIDTH + TITLE_COLUMN;
    }

    /** How wide the sheet's title may be drawn: the width beside the key, or the whole sheet's. */
    public static double titleRoom(Rect area) {
        return area.width() - 20 - (roomBesideKey(area.width()) ? KEY_WIDTH + 20 : 0);
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
     * The map, its title above, the key beside the title (a wide map) or under the map, and under
     * them each line that leaves this sheet for another part, in words.
     */
    public static void paint(Graphics2D g, Diagram diagram, String title, String subtitle, List<String> notes, Rect area,
                             double scale) {
        Java2dMapPainter.paint(g, diagram, area, scale);
        Rect b = diagram.bounds();
        boolean beside = keyBeside(b);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(area.x(), area.y(), area.width(), b.y() - area.y()));
        double below = b.maxY() + 20;
        g.fill(new Rectangle2D.Double(area.x(), below, area.width(), area.maxY() - below));
        g.setColor(Java2dMapPainter.INK);
        Font heading = new Font(Font.SANS_SERIF, Font.BOLD, 26);
        while (g.getFontMetrics(heading).stringWidth(title) > titleRoom(area) && heading.getSize2D() > 16) {
            heading = heading.deriveFont(heading.getSize2D() - 1);
        }
        g.setFont(heading);
        g.drawString(title, (float) area.x() + 10, (float) area.y() + 32);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        g.drawString(subtitle, (float) area.x() + 10, (float) area.y() + 56);
        if (beside) {
            key(g, area.maxX() - KEY_WIDTH - 10, area.y() + 5);
        } else {
            key(g, area.x() + 10, below);
        }
        if (!notes.isEmpty()) {
            double y = beside ? below : below + KEY_HEIGHT + 10;
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            g.setColor(Java2dMapPainter.INK);
            g.drawString("Lines to bodies on other parts", (float) area.x() + 10, (float) (y + 14));
            for (String note : notes) {
                y += NOTE_LINE;
                text(g, "\u2022 " + note, area.x() + 10, y + 14);
            }
        }
    }

    /** The size of the smallest name on the diagram, in map units, as the painter fits names to their boxes. */
    public static double smallestLabel(Diagram diagram) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1, 1,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            return diagram.boxes().stream().mapToDouble(b -> Java2dMapPainter.labelFont(g, b).getSize2D()).min()
                    .orElse(Java2dMapPainter.LABEL);
        } finally {
            g.dispose();
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
