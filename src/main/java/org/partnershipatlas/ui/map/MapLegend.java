package org.partnershipatlas.ui.map;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.partnershipatlas.layout.Diagram;
import org.partnershipatlas.layout.Point;
import org.partnershipatlas.layout.Rect;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.LineKind;

/** The map's key, drawn with the same painter as the map so the two always agree. */
final class MapLegend {
    static final double WIDTH = 330;
    static final double HEIGHT = 392;

    private MapLegend() {
    }

    static void paint(GraphicsContext g) {
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setStroke(Color.web("#9aa5b1"));
        g.strokeRect(0.5, 0.5, WIDTH - 1, HEIGHT - 1);
        double y = 14;
        Object[][] kinds = {{Classification.PARTNERSHIP, "Partnership (solid)"}, {Classification.NETWORK, "Network (dashed)"},
            {Classification.WORKING_GROUP, "Working group (dotted)"}, {Classification.UNCLASSIFIED, "Unclassified (dash-dot)"}};
        for (Object[] kind : kinds) {
            FxMapPainter.box(g, new Diagram.Box(0, new Rect(12, y, 64, 26), (Classification) kind[0], List.of(), "", -1,
                    false, false, false), 1, false);
            text(g, (String) kind[1], 88, y + 13);
            y += 38;
        }
        FxMapPainter.star(g, 44, y + 8, 9);
        text(g, "Needs political oversight", 88, y + 8);
        y += 30;
        FxMapPainter.warning(g, 44, y + 8, 10);
        text(g, "Oversight lacking lead member or scrutiny", 88, y + 8);
        y += 32;
        Object[][] lines = {{LineKind.REPORTS_TO, "Reports to"}, {LineKind.SUB_GROUP_OF, "Sub-group of"},
            {LineKind.ADVISES, "Advises"}, {LineKind.COMMISSIONS, "Commissions"}};
        for (Object[] line : lines) {
            FxMapPainter.line(g, List.of(new Point(12, y + 8), new Point(76, y + 8)), (LineKind) line[0], 1);
            text(g, (String) line[1], 88, y + 8);
            y += 26;
        }
        FxSeatPainter.hexagon(g, new Rect(12, y, 64, 24), false, 1);
        text(g, "Organisation (Organisations button)", 88, y + 12);
        y += 32;
        g.setStroke(FxSeatPainter.SEAT);
        g.setLineWidth(0.8);
        g.strokeLine(12, y + 6, 76, y + 6);
        text(g, "A seat at a body's table", 88, y + 6);
    }

    private static void text(GraphicsContext g, String text, double x, double y) {
        g.setFill(FxMapPainter.INK);
        g.setFont(Font.font("System", 12));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x, y);
    }
}
