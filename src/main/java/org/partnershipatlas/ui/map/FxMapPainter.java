package org.partnershipatlas.ui.map;

import java.util.List;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.partnershipatlas.layout.Diagram;
import org.partnershipatlas.layout.Point;
import org.partnershipatlas.layout.Rect;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.LineKind;

/**
 * Draws a {@link Diagram} on a JavaFX canvas. Classification is told by shape and border (solid,
 * dashed, dotted, dash-dot), so it reads without colour and in black and white; the theme tints the
 * fill as a second cue only. Only what is in view is drawn, and text is left out when it would be
 * too small to read, so a 10,000-body map pans smoothly.
 */
public final class FxMapPainter {
    /** Light tints, one per theme (in the authority's order); a second cue, never the only one. */
    static final Color[] THEME_TINTS = {Color.web("#dbe9f6"), Color.web("#fde2c8"), Color.web("#d8f0d2"),
        Color.web("#f6d5e5"), Color.web("#e8def8"), Color.web("#fff3bf"), Color.web("#d3f3f1"), Color.web("#f3e0d0")};
    static final Color INK = Color.web("#1b1b1b");
    static final Color SELECTED = Color.web("#0b57d0");
    static final double MIN_TEXT_SCALE = 0.42;
    /** Below full text, a short label down to this scale; below it boxes only. */
    static final double MIN_SHORT_SCALE = 0.12;

    private FxMapPainter() {
    }

    /** Paints the map as the view model sees it, into a canvas of the given size. */
    public static void paint(GraphicsContext g, double width, double height, Diagram diagram, MapViewModel view) {
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, height);
        if (diagram == null) {
            return;
        }
        double scale = view.scaleProperty().get();
        Rect visible = new Rect(view.toMapX(0), view.toMapY(0), width / scale, height / scale);
        org.partnershipatlas.layout.SeatOverlay seats = view.seats().overlayProperty().get();
        Long organisation = view.seats().selectedOrganisationProperty().get();
        bands(g, diagram, view, width);
        if (seats != null && !seats.organisations().isEmpty()) {
            band(g, "Organisations", view.toScreenY(seats.bandTop()),
                    view.toScreenY(seats.bounds().maxY()), width, diagram.bands().size());
        }
        g.setTransform(scale, 0, 0, scale, view.panXProperty().get(), view.panYProperty().get());
        Set<Long> selected = view.selectionProperty().get();
        Set<Long> highlighted = view.highlightedProperty().get();
        if (seats != null) {
            FxSeatPainter.seats(g, seats, organisation, view, visible);
        }
        for (Diagram.Line line : diagram.lines()) {
            MapViewModel.Visibility from = view.visibility(line.fromBodyId());
            MapViewModel.Visibility to = view.visibility(line.toBodyId());
            if (from == MapViewModel.Visibility.HIDDEN || to == MapViewModel.Visibility.HIDDEN || !crosses(line, visible)) {
                continue;
            }
            g.setGlobalAlpha(from == MapViewModel.Visibility.SHOWN && to == MapViewModel.Visibility.SHOWN ? 1 : 0.2);
            line(g, line.route(), line.kind(), scale);
        }
        for (Diagram.Box box : diagram.boxes()) {
            MapViewModel.Visibility visibility = view.visibility(box.bodyId());
            if (visibility == MapViewModel.Visibility.HIDDEN || !box.rect().intersects(visible)) {
                continue;
            }
            g.setGlobalAlpha(visibility == MapViewModel.Visibility.FADED ? 0.22 : 1);
            if (highlighted.contains(box.bodyId())) {
                highlight(g, box.rect(), scale);
            }
            box(g, box, scale, selected.contains(box.bodyId()));
        }
        g.setGlobalAlpha(1);
        CompareMarks marks = view.compareProperty().get();
        if (marks != null) {
            ComparePainter.paint(g, diagram, marks, scale, visible);
        }
        if (seats != null) {
            FxSeatPainter.organisations(g, seats, organisation, visible, scale);
        }
        g.setTransform(1, 0, 0, 1, 0, 0);
    }

    private static void bands(GraphicsContext g, Diagram diagram, MapViewModel view, double width) {
        int i = 0;
        for (Diagram.Band band : diagram.bands()) {
            band(g, band.layer().label(), view.toScreenY(band.top()), view.toScreenY(band.bottom()), width, i++);
        }
    }

    /** One labelled band across the view, shaded alternately so neighbouring bands stay apart. */
    private static void band(GraphicsContext g, String label, double top, double bottom, double width, int index) {
        g.setFill(index % 2 == 0 ? Color.web("#f3f5f8") : Color.web("#e9edf2"));
        g.fillRect(0, top, width, bottom - top);
        g.setStroke(Color.web("#9aa5b1"));
        g.setLineWidth(1);
        g.strokeLine(0, top, width, top);
        g.setFill(Color.web("#2c3e50"));
        g.setFont(Font.font("System", FontWeight.BOLD, 15));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(label.toUpperCase(), 8, top + 4);
    }

    /** A finding's body: a broad dashed halo behind the box, visible in black and white too. */
    static void highlight(GraphicsContext g, Rect r, double scale) {
        g.setStroke(Color.web("#c0392b"));
        g.setLineWidth(6 / Math.max(scale, 0.3));
        g.setLineDashes(14 / Math.max(scale, 0.3), 6 / Math.max(scale, 0.3));
        g.strokeRect(r.x() - 10, r.y() - 10, r.width() + 20, r.height() + 20);
        g.setLineDashes();
    }

    /** One body: the shape and border of its classification, its wrapped name, markers. */
    public static void box(GraphicsContext g, Diagram.Box box, double scale, boolean selected) {
        Rect r = box.rect();
        if (scale < MIN_SHORT_SCALE) {
            tiny(g, box, scale, selected);
            return;
        }
        g.setFill(box.theme() >= 0 ? THEME_TINTS[box.theme() % THEME_TINTS.length] : Color.WHITE);
        outline(g, box.classification(), r, true);
        g.setStroke(INK);
        g.setLineCap(StrokeLineCap.BUTT);
        switch (box.classification()) {
            case PARTNERSHIP -> {
                g.setLineWidth(3);
                g.setLineDashes();
            }
            case NETWORK -> {
                g.setLineWidth(2);
                g.setLineDashes(9, 5);
            }
            case WORKING_GROUP -> {
                g.setLineWidth(2.2);
                g.setLineDashes(2, 4);
                g.setLineCap(StrokeLineCap.ROUND);
            }
            case UNCLASSIFIED -> {
                g.setLineWidth(1.6);
                g.setLineDashes(10, 4, 2, 4);
            }
        }
        outline(g, box.classification(), r, false);
        g.setLineDashes();
        g.setLineCap(StrokeLineCap.SQUARE);
        if (selected) {
            g.setStroke(SELECTED);
            g.setLineWidth(4 / Math.max(scale, 0.3));
            g.strokeRect(r.x() - 5, r.y() - 5, r.width() + 10, r.height() + 10);
        }
        if (scale < MIN_TEXT_SCALE && scale >= MIN_SHORT_SCALE) {
            g.setFill(INK);
            double size = 9.5 / scale;
            g.setFont(Font.font("System", FontWeight.BOLD, size));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(box.shortLabel(), r.centreX(), r.centreY(), r.width() - 6);
        }
        if (scale >= MIN_TEXT_SCALE) {
            g.setFill(INK);
            g.setFont(Font.font("System", box.oversight() ? FontWeight.BOLD : FontWeight.NORMAL, 13));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            List<String> label = box.label();
            double y = r.y() + 14;
            for (String text : label) {
                g.fillText(text, r.centreX(), y);
                y += 17;
            }
        }
        if (box.oversight()) {
            star(g, r.x() + 2, r.y() - 9, 9);
        }
        if (box.warning()) {
            warning(g, r.maxX() - 8, r.y() - 10, 11);
        }
    }

    /**
     * A box too small to read: a tinted rectangle with a one-pixel border, a thicker one for a
     * partnership, and its markers; dashes would be finer than a pixel and only cost time.
     */
    private static void tiny(GraphicsContext g, Diagram.Box box, double scale, boolean selected) {
        Rect r = box.rect();
        g.setFill(box.theme() >= 0 ? THEME_TINTS[box.theme() % THEME_TINTS.length] : Color.WHITE);
        g.fillRect(r.x(), r.y(), r.width(), r.height());
        g.setLineDashes();
        g.setStroke(selected ? SELECTED : INK);
        g.setLineWidth((selected ? 4 : box.classification() == Classification.PARTNERSHIP ? 2 : 1) / scale);
        g.strokeRect(r.x(), r.y(), r.width(), r.height());
        if (box.warning()) {
            g.setFill(Color.web("#ffb000"));
            g.fillRect(r.maxX() - 6 / scale, r.y() - 3 / scale, 6 / scale, 6 / scale);
        }
    }

    private static void outline(GraphicsContext g, Classification classification, Rect r, boolean fill) {
        switch (classification) {
            case NETWORK -> {
                if (fill) {
                    g.fillRoundRect(r.x(), r.y(), r.width(), r.height(), r.height(), r.height());
                } else {
                    g.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), r.height(), r.height());
                }
            }
            case WORKING_GROUP -> {
                double c = Math.min(12, r.height() / 3);
                double[] xs = {r.x() + c, r.maxX() - c, r.maxX(), r.maxX(), r.maxX() - c, r.x() + c, r.x(), r.x()};
                double[] ys = {r.y(), r.y(), r.y() + c, r.maxY() - c, r.maxY(), r.maxY(), r.maxY() - c, r.y() + c};
                if (fill) {
                    g.fillPolygon(xs, ys, 8);
                } else {
                    g.strokePolygon(xs, ys, 8);
                }
            }
            default -> {
                if (fill) {
                    g.fillRect(r.x(), r.y(), r.width(), r.height());
                } else {
                    g.strokeRect(r.x(), r.y(), r.width(), r.height());
                }
            }
        }
    }

    /** The "needs political oversight" marker: a black five-pointed star on a white disc. */
    static void star(GraphicsContext g, double cx, double cy, double radius) {
        g.setFill(Color.WHITE);
        g.fillOval(cx - radius - 2, cy - radius - 2, 2 * radius + 4, 2 * radius + 4);
        double[] xs = new double[10];
        double[] ys = new double[10];
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? radius : radius * 0.45;
            double a = Math.PI / 5 * i - Math.PI / 2;
            xs[i] = cx + r * Math.cos(a);
            ys[i] = cy + r * Math.sin(a);
        }
        g.setFill(INK);
        g.fillPolygon(xs, ys, 10);
    }

    /** The warning badge (oversight needed, lead member or scrutiny missing): "!" in a triangle. */
    static void warning(GraphicsContext g, double cx, double cy, double size) {
        g.setFill(Color.web("#ffb000"));
        g.setStroke(INK);
        g.setLineWidth(1.5);
        double[] xs = {cx, cx + size, cx - size};
        double[] ys = {cy - size, cy + size * 0.8, cy + size * 0.8};
        g.fillPolygon(xs, ys, 3);
        g.strokePolygon(xs, ys, 3);
        g.setFill(INK);
        g.setFont(Font.font("System", FontWeight.BOLD, size * 1.2));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("!", cx, cy + size * 0.15);
    }

    /** A line drawn by its kind: reports to solid, sub-group of solid and thinner, advises dashed, commissions dotted. */
    public static void line(GraphicsContext g, List<Point> route, LineKind kind, double scale) {
        g.setStroke(Color.web("#34495e"));
        g.setLineDashes();
        if (scale < MIN_SHORT_SCALE) {
            g.setLineWidth(1 / scale);
            for (int i = 1; i < route.size(); i++) {
                g.strokeLine(route.get(i - 1).x(), route.get(i - 1).y(), route.get(i).x(), route.get(i).y());
            }
            return;
        }
        switch (kind) {
            case REPORTS_TO -> g.setLineWidth(2);
            case SUB_GROUP_OF -> g.setLineWidth(1.3);
            case ADVISES -> {
                g.setLineWidth(1.6);
                g.setLineDashes(8, 5);
            }
            case COMMISSIONS -> {
                g.setLineWidth(2);
                g.setLineDashes(2, 4);
            }
        }
        for (int i = 1; i < route.size(); i++) {
            g.strokeLine(route.get(i - 1).x(), route.get(i - 1).y(), route.get(i).x(), route.get(i).y());
        }
        g.setLineDashes();
        Point tip = route.get(route.size() - 1);
        Point from = route.get(route.size() - 2);
        double angle = Math.atan2(tip.y() - from.y(), tip.x() - from.x());
        double len = 10;
        double[] xs = {tip.x(), tip.x() - len * Math.cos(angle - 0.4), tip.x() - len * Math.cos(angle + 0.4)};
        double[] ys = {tip.y(), tip.y() - len * Math.sin(angle - 0.4), tip.y() - len * Math.sin(angle + 0.4)};
        if (kind == LineKind.SUB_GROUP_OF) {
            g.setFill(Color.WHITE);
            g.fillPolygon(xs, ys, 3);
            g.setLineWidth(1.3);
            g.strokePolygon(xs, ys, 3);
        } else {
            g.setFill(Color.web("#34495e"));
            g.fillPolygon(xs, ys, 3);
        }
    }

    private static boolean crosses(Diagram.Line line, Rect visible) {
        return Rect.around(line.route()).intersects(visible);
    }
}
