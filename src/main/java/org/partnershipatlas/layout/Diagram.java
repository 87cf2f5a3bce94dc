package org.partnershipatlas.layout;

import java.util.List;
import org.partnershipatlas.model.Classification;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.model.LineKind;

/**
 * The map as something to draw: every box with its shape, border and label lines, every line with
 * its route, and the three layer bands. Painters (JavaFX on screen, Java2D for paper) draw exactly
 * this, so the picture on screen and in the cabinet report cannot drift apart.
 */
public record Diagram(List<Box> boxes, List<Line> lines, List<Band> bands, Rect bounds) {

    /**
     * One body. The shape and border tell the classification without colour: a partnership is a
     * rectangle with a solid border, a network a rounded pill with a dashed border, a working group
     * an octagon with a dotted border, an unclassified body a rectangle with a dash-dot border.
     */
    public record Box(long bodyId, Rect rect, Classification classification, List<String> label, String shortLabel,
                      int theme, boolean oversight, boolean warning, boolean pinned) {
    }

    /** One accountability line, routed from the lower body up to the one it answers to. */
    public record Line(long lineId, long fromBodyId, long toBodyId, LineKind kind, List<Point> route) {
    }

    /** A horizontal band for one of the Audit Commission's layers. */
    public record Band(Layer layer, double top, double bottom) {
    }
}
