package org.partnershipatlas.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import org.partnershipatlas.layout.Diagram;
import org.partnershipatlas.layout.Point;
import org.partnershipatlas.layout.Rect;
import org.partnershipatlas.layout.SeatOverlay;
import org.partnershipatlas.model.LineKind;

/**
 * Draws a {@link Diagram} with Java2D, for SVG (JFreeSVG), PNG and, later, PDF. It follows the
 * on-screen painter's grammar (shape and border by classification, star, warning badge, line styles,
 * labelled bands), so paper and screen show the same map; text is drawn as text, so the SVG is
 * searchable and scales.
 */
public final class Java2dMapPainter {
    static final Color[] THEME_TINTS = {new Color(0xdbe9f6), new Color(0xfde2c8), new Color(0xd8f0d2),
        new Color(0xf6d5e5), new Color(0xe8def8), new Color(0xfff3bf), new Color(0xd3f3f1), new Color(0xf3e0d0)};
    static final Color INK = new Color(0x1b1b1b);
    static final Color LINE = new Color(0x34495e);

    private Java2dMapPainter() {
    }

    /**
     * Paints the part {@code area} of the diagram, in map units, into a picture {@code scale} times as
     * large; the picture's top-left is the area's top-left.
     */
    public static void paint(Graphics2D g, Diagram diagram, Rect area, double scale) {
        paint(g, diagram, null, area, scale);
    }

    /** As {@link #paint(Graphics2D, Diagram, Rect, double)}, with who sits where drawn too when {@code seats} is given. */
    public static void paint(Graphics2D g, Diagram diagram, SeatOverlay seats, Rect area, double scale) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int width = (int) Math.ceil(area.width() * scale);
        int height = (int) Math.ceil(area.height() * scale);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.scale(scale, scale);
        g.translate(-area.x(), -area.y());
        int i = 0;
        for (Diagram.Band band : diagram.bands()) {
            g.setColor(i++ % 2 == 0 ? new Color(0xf3f5f8) : new Color(0xe9edf2));
            g.fill(new java.awt.geom.Rectangle2D.Double(area.x(), band.top(), area.width(), band.bottom() - band.top()));
            g.setColor(new Color(0x9aa5b1));
            g.setStroke(new BasicStroke(1));
            g.draw(new java.awt.geom.Line2D.Double(area.x(), band.top(), area.maxX(), band.top()));
            g.setColor(new Color(0x2c3e50));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
            g.drawString(band.layer().label().toUpperCase(), (float) area.x() + 6, (float) band.top() + 18);
        }
        if (seats != null) {
            Java2dSeatPainter.seats(g, seats, area);
        }
        for (Diagram.Line line : diagram.lines()) {
            // 12 units more round each line, for its arrowhead
            if (Rect.around(line.route()).grown(12).intersects(area)) {
                line(g, line.route(), line.kind());
            }
        }
        for (Diagram.Box box : diagram.boxes()) {
            if (box.rect().intersects(area)) {
                box(g, box);
            }
        }
        if (seats != null) {
            Java2dSeatPainter.organisations(g, seats, area);
        }
    }

    static void box(Graphics2D g, Diagram.Box box) {
        Rect r = box.rect();
        java.awt.Shape shape = switch (box.classification()) {
            case NETWORK -> new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(), r.height(), r.height());
            case WORKING_GROUP -> octagon(r);
            default -> new java.awt.geom.Rectangle2D.Double(r.x(), r.y(), r.width(), r.height());
        };
        g.setColor(box.theme() >= 0 ? THEME_TINTS[box.theme() % THEME_TINTS.length] : Color.WHITE);
        g.fill(shape);
        g.setColor(INK);
        g.setStroke(switch (box.classification()) {
            case PARTNERSHIP -> new BasicStroke(3);
            case NETWORK -> dashed(2, 9, 5);
            case WORKING_GROUP -> new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10,
                    new float[] {0.1f, 4.5f}, 0);
            case UNCLASSIFIED -> dashed(1.6f, 10, 4, 2, 4);
        });
        g.draw(shape);
        g.setFont(labelFont(g, box));
        FontMetrics metrics = g.getFontMetrics();
        // the name's lines in the middle of the box: under the map's padding, or a one-page print's tighter one
        double y = r.centreY() - LINE_STEP * box.label().size() / 2.0 + metrics.getAscent();
        for (String text : box.label()) {
            g.drawString(text, (float) (r.centreX() - metrics.stringWidth(text) / 2.0), (float) y);
            y += LINE_STEP;
        }
        boolean tight = tight(box);
        if (box.oversight()) {
            star(g, r.x() + 2, r.y() - (tight ? 1 : 9), tight ? 6 : 9);
        }
        if (box.warning()) {
            warning(g, r.maxX() - 8, r.y() - (tight ? 2 : 10), tight ? 7 : 11);
        }
    }

    /** From one line of a name to the next, in map units. */
    static final double LINE_STEP = 17;

    /**
     * True for a box with less room round its name than the map gives (a whole structure printed on
     * one page): its marks sit across its top edge, smaller, clear of the box above and of its name.
     */
    static boolean tight(Diagram.Box box) {
        return box.rect().height() - LINE_STEP * box.label().size() < 20;
    }

    static void line(Graphics2D g, List<Point> route, LineKind kind) {
        g.setColor(LINE);
        g.setStroke(switch (kind) {
            case REPORTS_TO -> new BasicStroke(2);
            case SUB_GROUP_OF -> new BasicStroke(1.3f);
            case ADVISES -> dashed(1.6f, 8, 5);
            case COMMISSIONS -> dashed(2, 2, 4);
        });
        Path2D.Double path = new Path2D.Double();
        path.moveTo(route.get(0).x(), route.get(0).y());
        for (int i = 1; i < route.size(); i++) {
            path.lineTo(route.get(i).x(), route.get(i).y());
        }
        g.draw(path);
        Point tip = route.get(route.size() - 1);
        Point from = route.get(route.size() - 2);
        double angle = Math.atan2(tip.y() - from.y(), tip.x() - from.x());
        Path2D.Double head = new Path2D.Double();
        head.moveTo(tip.x(), tip.y());
        head.lineTo(tip.x() - 10 * Math.cos(angle - 0.4), tip.y() - 10 * Math.sin(angle - 0.4));
        head.lineTo(tip.x() - 10 * Math.cos(angle + 0.4), tip.y() - 10 * Math.sin(angle + 0.4));
        head.closePath();
        g.setStroke(new BasicStroke(1.3f));
        if (kind == LineKind.SUB_GROUP_OF) {
            g.setColor(Color.WHITE);
            g.fill(head);
            g.setColor(LINE);
            g.draw(head);
        } else {
            g.fill(head);
        }
    }

    /** The label's size on the map, in map units; a name too wide for its box is drawn smaller, never below {@link #SMALLEST_LABEL}. */
    static final float LABEL = 13;
    static final float SMALLEST_LABEL = 9;

    /**
     * The font a box's label is drawn in: 13 units, or smaller where a line measured in the font this
     * picture actually has would run past the box's sides (a bold name wrapped by characters can be
     * wider than the box it was wrapped for).
     */
    static Font labelFont(Graphics2D g, Diagram.Box box) {
        Font font = new Font(Font.SANS_SERIF, box.oversight() ? Font.BOLD : Font.PLAIN, Math.round(LABEL));
        double room = textRoom(box);
        while (widest(g, font, box.label()) > room && font.getSize2D() > SMALLEST_LABEL) {
            font = font.deriveFont(Math.max(SMALLEST_LABEL, font.getSize2D() - 0.5f));
        }
        return font;
    }

    private static double widest(Graphics2D g, Font font, List<String> lines) {
        FontMetrics metrics = g.getFontMetrics(font);
        return lines.stream().mapToDouble(metrics::stringWidth).max().orElse(0);
    }

    /** The width inside a box's outline where text stays clear of its border: less in a pill or an octagon. */
    static double textRoom(Diagram.Box box) {
        Rect r = box.rect();
        double inset = switch (box.classification()) {
            case NETWORK -> r.height() / 4 + 6;
            case WORKING_GROUP -> Math.min(12, r.height() / 3) / 2 + 6;
            default -> 6;
        };
        return r.width() - 2 * inset;
    }

    private static java.awt.Shape octagon(Rect r) {
        double c = Math.min(12, r.height() / 3);
        Path2D.Double p = new Path2D.Double();
        p.moveTo(r.x() + c, r.y());
        p.lineTo(r.maxX() - c, r.y());
        p.lineTo(r.maxX(), r.y() + c);
        p.lineTo(r.maxX(), r.maxY() - c);
        p.lineTo(r.maxX() - c, r.maxY());
        p.lineTo(r.x() + c, r.maxY());
        p.lineTo(r.x(), r.maxY() - c);
        p.lineTo(r.x(), r.y() + c);
        p.closePath();
        return p;
    }

    private static void star(Graphics2D g, double cx, double cy, double radius) {
        g.setColor(Color.WHITE);
        g.fill(new java.awt.geom.Ellipse2D.Double(cx - radius - 2, cy - radius - 2, 2 * radius + 4, 2 * radius + 4));
        Path2D.Double star = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? radius : radius * 0.45;
            double a = Math.PI / 5 * i - Math.PI / 2;
            if (i == 0) {
                star.moveTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
            } else {
                star.lineTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
            }
        }
        star.closePath();
        g.setColor(INK);
        g.fill(star);
    }

    private static void warning(Graphics2D g, double cx, double cy, double size) {
        Path2D.Double triangle = new Path2D.Double();
        triangle.moveTo(cx, cy - size);
        triangle.lineTo(cx + size, cy + size * 0.8);
        triangle.lineTo(cx - size, cy + size * 0.8);
        triangle.closePath();
        g.setColor(new Color(0xffb000));
        g.fill(triangle);
        g.setColor(INK);
        g.setStroke(new BasicStroke(1.5f));
        g.draw(triangle);
        // the "!" drawn as a bar and a dot: a mark, like the star, not a word of the picture's text
        double w = size * 0.22;
        g.fill(new RoundRectangle2D.Double(cx - w / 2, cy - size * 0.42, w, size * 0.62, w, w));
        g.fill(new java.awt.geom.Ellipse2D.Double(cx - w * 0.6, cy + size * 0.3, w * 1.2, w * 1.2));
    }

    private static Stroke dashed(float width, float... pattern) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, pattern, 0);
    }
}
