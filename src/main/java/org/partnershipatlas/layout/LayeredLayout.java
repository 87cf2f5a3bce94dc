package org.partnershipatlas.layout;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays out the accountability structure with Eclipse ELK's layered algorithm, top down, then keeps
 * the bands (strategic, executive, operational) in order by moving a band down where it overlaps
 * the one above.
 * Pure: the same request and seed give the same result. Edges that would point up across bands
 * (rare: an operational body a strategic one answers to) are left out of the layered layout and
 * drawn afterwards.
 */
public final class LayeredLayout {

    /** A box to place: its id, size and band (0 = top). */
    public record Node(long id, double width, double height, int band) {
    }

    /** A line from the upper body to the lower one (drawn the other way if the model says so). */
    public record Edge(long id, long upper, long lower) {
    }

    /** Where every box went, by id. Lines are drawn afterwards from the boxes (see {@link MapDiagram}). */
    public record Result(Map<Long, Rect> nodes) {
    }

    /** Room between the lowest box of one band and the highest of the next. */
    static final double BAND_GAP = 60;
    /**
     * How hard ELK tries to untangle crossings: its default on a real authority's few hundred bodies,
     * less on a generated one of thousands, where the default costs twice the time for little gain
     * (10,000 bodies: 2.8 s at 7, 1.7 s at 2, measured here). Lines are routed by us, so ELK only
     * draws them as simple polylines.
     */
    static final int CAREFUL = 7;
    static final int QUICK = 2;
    static final int LARGE = 2_000;

    private LayeredLayout() {
    }

    public static Result layout(List<Node> nodes, List<Edge> edges, long seed) {
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        graph.setProperty(CoreOptions.RANDOM_SEED, (int) seed);
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, 40.0);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 26.0);
        graph.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, 40.0);
        graph.setProperty(LayeredOptions.THOROUGHNESS, nodes.size() > LARGE ? QUICK : CAREFUL);
        graph.setProperty(CoreOptions.EDGE_ROUTING, org.eclipse.elk.core.options.EdgeRouting.POLYLINE);
        Map<Long, ElkNode> elkNodes = new LinkedHashMap<>();
        Map<Long, Integer> bands = new HashMap<>();
        for (Node node : nodes) {
            ElkNode elk = ElkGraphUtil.createNode(graph);
            elk.setWidth(node.width());
            elk.setHeight(node.height());
            elkNodes.put(node.id(), elk);
            bands.put(node.id(), node.band());
        }
        for (Edge edge : edges) {
            ElkNode upper = elkNodes.get(edge.upper());
            ElkNode lower = elkNodes.get(edge.lower());
            if (upper == null || lower == null || upper == lower || bands.get(edge.upper()) > bands.get(edge.lower())) {
                continue;
            }
            ElkGraphUtil.createSimpleEdge(upper, lower);
        }
        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());

        Map<Long, Rect> placed = new LinkedHashMap<>();
        elkNodes.forEach((id, elk) -> placed.put(id, new Rect(elk.getX(), elk.getY(), elk.getWidth(), elk.getHeight())));
        return new Result(stackBands(placed, bands));
    }

    /**
     * Keeps the bands in order top to bottom: where a band's boxes start above the bottom of the band
     * before it, the whole band moves down, keeping ELK's arrangement within it. (ELK's partitions
     * would do this inside the layout, but cost twenty times the time on 3,000 bodies here.)
     */
    static Map<Long, Rect> stackBands(Map<Long, Rect> placed, Map<Long, Integer> bands) {
        int highest = bands.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        Map<Long, Rect> stacked = new LinkedHashMap<>(placed);
        double floor = -Double.MAX_VALUE;
        for (int band = 0; band <= highest; band++) {
            double top = Double.MAX_VALUE;
            double bottom = -Double.MAX_VALUE;
            for (Map.Entry<Long, Rect> entry : placed.entrySet()) {
                if (bands.get(entry.getKey()) == band) {
                    top = Math.min(top, entry.getValue().y());
                    bottom = Math.max(bottom, entry.getValue().maxY());
                }
            }
            if (top == Double.MAX_VALUE) {
                continue;
            }
            double shift = floor == -Double.MAX_VALUE ? 0 : Math.max(0, floor + BAND_GAP - top);
            for (Map.Entry<Long, Rect> entry : placed.entrySet()) {
                if (bands.get(entry.getKey()) == band && shift > 0) {
                    Rect r = entry.getValue();
                    stacked.put(entry.getKey(), r.movedTo(r.x(), r.y() + shift));
                }
            }
            floor = bottom + shift;
        }
        return stacked;
    }
}
