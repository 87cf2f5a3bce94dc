package org.partnershipatlas.ui.map;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.partnershipatlas.layout.Diagram;
import org.partnershipatlas.layout.Rect;

/**
 * Compare mode on the map: a black "NEW" tag on each body new since the review, a white tag saying how
 * each changed body changed, and the bodies closed since as empty dashed outlines with their names
 * struck through, in a row under the map so they cover nothing.
 */
final class ComparePainter {
    static final double CLOSED_GAP = 70;
    private static final Color INK = Color.web("#1f1f1f");

    private ComparePainter() {
    }

    static void paint(GraphicsContext g, Diagram diagram, CompareMarks marks, double scale, Rect visible) {
        double size = Math.max(11, 11 / Math.max(scale, 0.35));
        for (Diagram.Box box : diagram.boxes()) {
            if (!box.rect().intersects(visible)) {
                continue;
            }
            if (marks.added().contains(box.bodyId())) {
                tag(g, box.rect(), "NEW", true, size);
            } else if (marks.changed().containsKey(box.bodyId())) {
                tag(g, box.rect(), marks.changed().get(box.bodyId()), false, size);
            }
        }
        closed(g, diagram.bounds(), marks, size);
    }

    /** A tag over the box's top edge, right-aligned: black on white for a change, white on black for new. */
    private static void tag(GraphicsContext g, Rect r, String text, boolean filled, double size) {
        g.setFont(Font.font("System", FontWeight.BOLD, size));
        double width = text.length() * size * 0.68 + size;
        double height = size * 1.5;
        double x = r.maxX() - width - 16; // clear of the warning mark at the corner
        double y = r.y() - height * 0.6;
        g.setFill(filled ? INK : Color.WHITE);
        g.fillRect(x, y, width, height);
        g.setStroke(INK);
        g.setLineWidth(Math.max(1.5, size / 7));
        g.setLineDashes();
        g.strokeRect(x, y, width, height);
        g.setFill(filled ? Color.WHITE : INK);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x + width / 2, y + height / 2);
    }

    private static void closed(GraphicsContext g, Rect bounds, CompareMarks marks, double size) {
        if (marks.closed().isEmpty()) {
            return;
        }
        double top = bounds.maxY() + CLOSED_GAP;
        g.setFill(INK);
        g.setFont(Font.font("System", FontWeight.BOLD, size * 1.2));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText("Closed since " + marks.since(), bounds.x(), top);
        double x = bounds.x();
        double y = top + size * 2.2;
        for (String name : marks.closed()) {
            Rect r = new Rect(x, y, org.partnershipatlas.layout.MapDiagram.BOX_WIDTH, 56);
            g.setStroke(INK);
            g.setLineWidth(2);
            g.setLineDashes(6, 6);
            g.strokeRect(r.x(), r.y(), r.width(), r.height());
            g.setLineDashes();
            g.setFont(Font.font("System", FontWeight.NORMAL, 13));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(name, r.centreX(), r.centreY(), r.width() - 12);
            double half = Math.min(r.width() - 12, name.length() * 7.0) / 2;
            g.strokeLine(r.centreX() - half, r.centreY(), r.centreX() + half, r.centreY());
            x += r.width() + 30;
        }
    }
}
