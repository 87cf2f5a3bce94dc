package org.partnershipatlas.layout;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays out the accountability structure with Eclipse ELK's layered algorithm, top down, with each
 * body's band (strategic, executive, operational) as an ELK partition so the bands stay in order.
 * Pure: the same request and seed give the same result. Edges that would point up across bands
 * (rare: an operational body a strategic one answers to) are left out of the layered layout and
 * drawn straight afterwards, since partitions only run one way.
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

    private LayeredLayout() {
    }

    public static Result layout(List<Node> nodes, List<Edge> edges, long seed) {
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        graph.setProperty(CoreOptions.PARTITIONING_ACTIVATE, true);
        graph.setProperty(CoreOptions.RANDOM_SEED, (int) seed);
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, 40.0);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 26.0);
        graph.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        Map<Long, ElkNode> elkNodes = new LinkedHashMap<>();
        Map<Long, Integer> bands = new HashMap<>();
        for (Node node : nodes) {
            ElkNode elk = ElkGraphUtil.createNode(graph);
            elk.setWidth(node.width());
            elk.setHeight(node.height());
            elk.setProperty(CoreOptions.PARTITIONING_PARTITION, node.band());
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
        return new Result(placed);
    }
}
