package org.partnershipatlas.ui.workshop;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.StrokeLineCap;
import org.partnershipatlas.layout.Point;
import org.partnershipatlas.layout.WorkshopScene;

/**
 * A projector line as the map's key draws it, thickened for the back of a room: reports to solid with
 * a filled arrow, sub-group of thinner with a hollow arrow, advises dashed, commissions dotted. The
 * arrow stands at the body the line answers to, so the direction reads without colour.
 */
final class WorkshopLines {
    /** As long as the router keeps trunks apart where they meet a box (14), so arrows never overlap. */
    static final double ARROW = 13;

    private WorkshopLines() {
    }

    static List<Node> draw(WorkshopScene.Link link) {
        List<Point> route = link.route();
        Point tip = route.get(route.size() - 1);
        Point before = route.get(route.size() - 2);
        double angle = Math.atan2(tip.y() - before.y(), tip.x() - before.x());
        Polyline line = new Polyline();
        for (int i = 0; i < route.size() - 1; i++) {
            line.getPoints().addAll(route.get(i).x(), route.get(i).y());
        }
        // the line stops at the arrow's base, so a hollow arrow stays hollow
        double base = Math.min(ARROW * 0.9, Math.hypot(tip.x() - before.x(), tip.y() - before.y()));
        line.getPoints().addAll(tip.x() - base * Math.cos(angle), tip.y() - base * Math.sin(angle));
        line.getStyleClass().addAll("wk-link", "wk-link-" + link.kind().name().toLowerCase(java.util.Locale.ROOT));
        line.setStrokeLineCap(StrokeLineCap.BUTT);
        switch (link.kind()) {
            case ADVISES -> line.getStrokeDashArray().setAll(14.0, 10.0);
            case COMMISSIONS -> line.getStrokeDashArray().setAll(4.0, 8.0);
            default -> line.getStrokeDashArray().clear();
        }
        Polygon arrow = new Polygon(tip.x(), tip.y(),
                tip.x() - ARROW * Math.cos(angle - 0.42), tip.y() - ARROW * Math.sin(angle - 0.42),
                tip.x() - ARROW * Math.cos(angle + 0.42), tip.y() - ARROW * Math.sin(angle + 0.42));
        boolean hollow = link.kind() == org.partnershipatlas.model.LineKind.SUB_GROUP_OF;
        arrow.getStyleClass().add(hollow ? "wk-arrow-hollow" : "wk-arrow");
        if (hollow) {
            arrow.setFill(null);
        }
        return List.of(line, arrow);
    }
}
