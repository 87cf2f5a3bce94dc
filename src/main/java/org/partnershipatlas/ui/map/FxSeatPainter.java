package org.partnershipatlas.ui.map;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.partnershipatlas.layout.Rect;
import org.partnershipatlas.layout.SeatOverlay;

/**
 * Draws the who-sits-where overlay on the map canvas: seats as light lines under the structure,
 * organisations as hexagons (a shape no body has) with their sector written under the name. The
 * selected organisation's seats are drawn dark and thick, so they stand out without colour.
 */
final class FxSeatPainter {
    static final Color SEAT = Color.web("#8a96a3");
    static final Color CHOSEN = Color.web("#0b57d0");

    private FxSeatPainter() {
    }

    /** The seat lines; drawn before the bodies so they never hide a name. */
    static void seats(GraphicsContext g, SeatOverlay overlay, Long chosen, MapViewModel view, Rect visible) {
        for (SeatOverlay.Link link : overlay.seats()) {
            MapViewModel.Visibility body = view.visibility(link.bodyId());
            boolean mine = chosen != null && chosen == link.organisationId();
            if (body == MapViewModel.Visibility.HIDDEN || !crosses(link, visible) || (chosen != null && !mine)
                    && body == MapViewModel.Visibility.FADED) {
                continue;
            }
            g.setGlobalAlpha(body == MapViewModel.Visibility.FADED ? 0.2 : chosen != null && !mine ? 0.35 : 1);
            g.setStroke(mine ? CHOSEN : SEAT);
            g.setLineWidth(mine ? 3 : 0.8);
            g.setLineDashes();
            g.strokeLine(link.from().x(), link.from().y(), link.to().x(), link.to().y());
        }
        g.setGlobalAlpha(1);
    }

    /** The organisations' band label and boxes; drawn last, so a seat line never crosses a name. */
    static void organisations(GraphicsContext g, SeatOverlay overlay, Long chosen, Rect visible, double scale) {
        for (SeatOverlay.Org org : overlay.organisations()) {
            if (!org.rect().intersects(visible)) {
                continue;
            }
            hexagon(g, org.rect(), chosen != null && chosen == org.organisationId(), scale);
            if (scale < FxMapPainter.MIN_SHORT_SCALE) {
                continue;
            }
            g.setFill(FxMapPainter.INK);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            Rect r = org.rect();
            if (scale < FxMapPainter.MIN_TEXT_SCALE) {
                g.setFont(Font.font("System", FontWeight.BOLD, 9.5 / scale));
                g.fillText(org.label().get(0), r.centreX(), r.y() + 8, r.width() - 16);
                continue;
            }
            g.setFont(Font.font("System", FontWeight.NORMAL, 12.5));
            double y = r.y() + 7;
            for (String line : org.label()) {
                g.fillText(line, r.centreX(), y, r.width() - 22);
                y += 16;
            }
            g.setFont(Font.font("System", FontWeight.BOLD, 9.5));
            g.fillText(SeatOverlay.sectorTag(org.sector()) + " · " + org.seatCount(), r.centreX(), r.maxY() - 15,
                    r.width() - 22);
        }
    }

    static void hexagon(GraphicsContext g, Rect r, boolean selected, double scale) {
        double c = 12;
        double[] xs = {r.x() + c, r.maxX() - c, r.maxX(), r.maxX() - c, r.x() + c, r.x()};
        double[] ys = {r.y(), r.y(), r.centreY(), r.maxY(), r.maxY(), r.centreY()};
        g.setFill(Color.WHITE);
        g.fillPolygon(xs, ys, 6);
        g.setStroke(selected ? CHOSEN : Color.web("#4a5560"));
        g.setLineWidth(selected ? 4 / Math.max(scale, 0.3) : 1.5);
        g.setLineDashes();
        g.strokePolygon(xs, ys, 6);
    }

    private static boolean crosses(SeatOverlay.Link link, Rect visible) {
        return Rect.around(List.of(link.from(), link.to())).intersects(visible);
    }
}
