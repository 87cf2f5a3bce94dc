package org.partnershipatlas.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import org.partnershipatlas.layout.Rect;
import org.partnershipatlas.layout.SeatOverlay;

/**
 * Who sits where on paper: the same hexagons, sector tags and light seat lines as the map on screen,
 * drawn with Java2D so the SVG, PDF and PNG pictures show them as shapes and text.
 */
final class Java2dSeatPainter {
    private Java2dSeatPainter() {
    }

    static void seats(Graphics2D g, SeatOverlay overlay, Rect area) {
        if (overlay.organisations().isEmpty()) {
            return;
        }
        double top = overlay.bandTop();
        g.setColor(new Color(0xf3f5f8));
        g.fill(new java.awt.geom.Rectangle2D.Double(area.x(), top, area.width(), overlay.bounds().maxY() - top));
        g.setColor(new Color(0x9aa5b1));
        g.setStroke(new BasicStroke(1));
        g.draw(new Line2D.Double(area.x(), top, area.maxX(), top));
        g.setColor(new Color(0x2c3e50));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString("ORGANISATIONS", (float) area.x() + 6, (float) top + 18);
        g.setColor(new Color(0x8a96a3));
        g.setStroke(new BasicStroke(0.8f));
        for (SeatOverlay.Link link : overlay.seats()) {
            g.draw(new Line2D.Double(link.from().x(), link.from().y(), link.to().x(), link.to().y()));
        }
    }

    static void organisations(Graphics2D g, SeatOverlay overlay, Rect area) {
        for (SeatOverlay.Org org : overlay.organisations()) {
            Rect r = org.rect();
            if (!r.intersects(area)) {
                continue;
            }
            double c = 12;
            Path2D.Double hexagon = new Path2D.Double();
            hexagon.moveTo(r.x() + c, r.y());
            hexagon.lineTo(r.maxX() - c, r.y());
            hexagon.lineTo(r.maxX(), r.centreY());
            hexagon.lineTo(r.maxX() - c, r.maxY());
            hexagon.lineTo(r.x() + c, r.maxY());
            hexagon.lineTo(r.x(), r.centreY());
            hexagon.closePath();
            g.setColor(Color.WHITE);
            g.fill(hexagon);
            g.setColor(new Color(0x4a5560));
            g.setStroke(new BasicStroke(1.5f));
            g.draw(hexagon);
            g.setColor(Java2dMapPainter.INK);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            FontMetrics metrics = g.getFontMetrics();
            double y = r.y() + 7 + metrics.getAscent();
            for (String line : org.label()) {
                g.drawString(line, (float) (r.centreX() - metrics.stringWidth(line) / 2.0), (float) y);
                y += 16;
            }
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 9));
            metrics = g.getFontMetrics();
            String tag = SeatOverlay.sectorTag(org.sector()) + " · " + org.seatCount();
            g.drawString(tag, (float) (r.centreX() - metrics.stringWidth(tag) / 2.0), (float) (r.maxY() - 7));
        }
    }
}
