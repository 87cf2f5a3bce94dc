package org.partnershipatlas.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out the accountability structure as an organisation chart: each body's primary line (the one
 * it is a sub-group of or reports to) makes a tree; a body is centred over the bodies answering to it;
 * three or more groups with nothing beneath them hang in a column (at most {@link #COLUMN_LENGTH}
 * deep) under their parent, leaving room at the column's left for the rail that joins them; the
 * bands (strategic, executive, operational) follow one another top to bottom, each as tall as its
 * boxes; the largest tree sits in the middle with the others beside it.
 *
 * <p>Every subtree has a slab of the page to itself, so the lines of a tree never need to cross a
 * box: that is what lets {@link LineRouter} join most bodies by a straight bus or rail and keep the
 * search around boxes for the few lines outside the tree. Pure and repeatable: the same nodes and
 * edges give the same positions.
 */
public final class OrgChartLayout {

    /** A box to place: its id, size and band (0 = top). */
    public record Node(long id, double width, double height, int band) {
    }

    /**
     * A line from a lower body to the one it answers to, with its weight as a tree line: the lowest
     * weight among a body's lines decides its parent in the chart (sub-group of and reports to before
     * advises and commissions).
     */
    public record Edge(long lower, long upper, int weight) {
    }

    /**
     * The room between boxes: the map's, with space above each stacked box for its star or warning
     * mark, or the tighter spacing of a whole structure printed on one page (marks drawn across the
     * box's top edge).
     */
    public record Spacing(double sibling, double tree, double row, double stack, double band, double rail) {
        /** The map's spacing. */
        public static final Spacing MAP = new Spacing(30, 60, 56, 24, 64, 22);
        /** A one-page print's: half the map's gaps, room still for two buses between rows and the rail. */
        public static final Spacing COMPACT = new Spacing(20, 36, 34, 10, 34, 20);
    }

    /** The most boxes stacked in one column before another column starts beside it. */
    public static final int COLUMN_LENGTH = 8;
    /** Room at a column's left for the rail. */
    public static final double RAIL_ROOM = 22;
    static final double SIBLING_GAP = 30;
    static final double TREE_GAP = 60;
    /** Between a parent's row and its children's: room for up to four buses of different kinds. */
    public static final double ROW_GAP = 56;
    /** Between boxes in a column: room for a star or a warning mark on the box below. */
    static final double STACK_GAP = 24;
    private final int columnLength;
    static final double BAND_GAP = 64;
    static final int COLUMN_MIN = 3;

    private final Map<Long, Node> nodes = new LinkedHashMap<>();
    private final Map<Long, List<Long>> children = new HashMap<>();
    private final Map<Long, Long> parent = new HashMap<>();
    private final Map<Long, Double> subtreeWidth = new HashMap<>();
    private final Map<Long, Rect> placed = new LinkedHashMap<>();
    private final Map<Long, Integer> row = new HashMap<>();
    private final List<Edge> hierarchy = new ArrayList<>();
    /** Bodies in an order where each comes after everything it must be drawn below. */
    private final List<Long> topo = new ArrayList<>();
    private final Map<Long, List<Long>> upsOf = new HashMap<>();
    private final Map<Long, List<List<Long>>> blocksOf = new HashMap<>();
    private final java.util.Set<Long> stacked = new java.util.HashSet<>();
    private final Map<Long, Long> stackAbove = new HashMap<>();

    private final Spacing spacing;

    private OrgChartLayout(List<Node> nodes, int columnLength, Spacing spacing) {
        nodes.forEach(n -> this.nodes.put(n.id(), n));
        this.columnLength = columnLength;
        this.spacing = spacing;
    }

    /** Where every box goes, by id, top-left corners in map units. */
    public static Map<Long, Rect> layout(List<Node> nodes, List<Edge> edges) {
        return layout(nodes, edges, COLUMN_LENGTH);
    }

    /** As {@link #layout(List, List)}, with at most {@code columnLength} groups in a column (a printed page's height). */
    public static Map<Long, Rect> layout(List<Node> nodes, List<Edge> edges, int columnLength) {
        return layout(nodes, edges, columnLength, Spacing.MAP);
    }

    /** As {@link #layout(List, List, int)}, with the given room between boxes. */
    public static Map<Long, Rect> layout(List<Node> nodes, List<Edge> edges, int columnLength, Spacing spacing) {
        OrgChartLayout chart = new OrgChartLayout(nodes, Math.max(1, columnLength), spacing);
        chart.chooseParents(edges);
        chart.placeAcross();
        chart.placeDown();
        return chart.placed;
    }

    /** Each body's parent: its lightest line to a body in its own band or above, never making a loop. */
    private void chooseParents(List<Edge> edges) {
        Map<Long, Integer> bands = new HashMap<>();
        nodes.values().forEach(n -> bands.put(n.id(), n.band()));
        parent.putAll(parents(bands, edges));
        List<Edge> sorted = new ArrayList<>(edges);
        sorted.sort(Comparator.comparingInt(Edge::weight));
        for (Edge edge : sorted) {
            if (edge.weight() <= 1) {
                hierarchy.add(edge);
            }
        }
        for (Node node : nodes.values()) {
            Long up = parent.get(node.id());
            if (up != null) {
                children.computeIfAbsent(up, k -> new ArrayList<>()).add(node.id());
            }
        }
    }

    /**
     * Each body's parent in the chart: its lightest line to a body in its own band or above, never
     * making a loop; bodies not in {@code bands} are left out. The map and the printed parts both
     * draw the tree this gives.
     */
    static Map<Long, Long> parents(Map<Long, Integer> bands, List<Edge> edges) {
        List<Edge> sorted = new ArrayList<>(edges);
        sorted.sort(Comparator.comparingInt(Edge::weight));
        Map<Long, Long> parent = new HashMap<>();
        for (Edge edge : sorted) {
            Integer lower = bands.get(edge.lower());
            Integer upper = bands.get(edge.upper());
            if (lower == null || upper == null || edge.lower() == edge.upper() || parent.containsKey(edge.lower())
                    || upper > lower || reaches(parent, edge.upper(), edge.lower())) {
                continue;
            }
            parent.put(edge.lower(), edge.upper());
        }
        return parent;
    }

    /** True when the chain of parents from {@code from} reaches {@code target}. */
    private static boolean reaches(Map<Long, Long> parent, long from, long target) {
        Long at = from;
        while (at != null) {
            if (at == target) {
                return true;
            }
            at = parent.get(at);
        }
        return false;
    }

    private List<Long> kids(long id) {
        return children.getOrDefault(id, List.of());
    }

    private boolean leaf(long id) {
        return kids(id).isEmpty();
    }

    /**
     * A parent's children as blocks from left to right: each inner child its own block, the leaves
     * of each band gathered into columns in the middle when there are enough of them to stack.
     */
    private List<List<Long>> blocks(long id) {
        List<List<Long>> known = blocksOf.get(id);
        if (known != null) {
            return known;
        }
        List<Long> all = kids(id);
        List<Long> leaves = all.stream().filter(this::leaf).toList();
        List<List<Long>> blocks = new ArrayList<>();
        if (leaves.size() < COLUMN_MIN) {
            all.forEach(k -> blocks.add(List.of(k)));
        } else {
            List<Long> inner = all.stream().filter(k -> !leaf(k)).toList();
            Map<Integer, List<Long>> byBand = new java.util.TreeMap<>();
            leaves.forEach(k -> byBand.computeIfAbsent(nodes.get(k).band(), b -> new ArrayList<>()).add(k));
            List<List<Long>> stacks = new ArrayList<>();
            for (List<Long> band : byBand.values()) {
                int columns = (band.size() + columnLength - 1) / columnLength;
                int perColumn = (band.size() + columns - 1) / columns;
                for (int i = 0; i < band.size(); i += perColumn) {
                    List<Long> stack = band.subList(i, Math.min(band.size(), i + perColumn));
                    stacks.add(stack);
                    for (int j = 0; j < stack.size(); j++) {
                        stacked.add(stack.get(j));
                        if (j > 0) {
                            stackAbove.put(stack.get(j), stack.get(j - 1));
                        }
                    }
                }
            }
            int half = inner.size() / 2;
            inner.subList(0, half).forEach(k -> blocks.add(List.of(k)));
            blocks.addAll(stacks);
            inner.subList(half, inner.size()).forEach(k -> blocks.add(List.of(k)));
        }
        blocksOf.put(id, blocks);
        return blocks;
    }

    private boolean isStack(List<Long> block) {
        return stacked.contains(block.get(0));
    }

    private double blockWidth(List<Long> block) {
        if (isStack(block)) {
            return spacing.rail() + block.stream().mapToDouble(id -> nodes.get(id).width()).max().orElse(0);
        }
        return width(block.get(0));
    }

    /** The width of a body's slab: its own box or its children's blocks side by side, whichever is wider. */
    private double width(long id) {
        Double known = subtreeWidth.get(id);
        if (known != null) {
            return known;
        }
        List<List<Long>> blocks = blocks(id);
        double sum = Math.max(0, blocks.size() - 1) * spacing.sibling();
        for (List<Long> block : blocks) {
            sum += blockWidth(block);
        }
        double w = Math.max(nodes.get(id).width(), sum);
        subtreeWidth.put(id, w);
        return w;
    }

    /** Sets every box's x: trees side by side, the largest in the middle, each parent over its children. */
    private void placeAcross() {
        List<Long> roots = nodes.keySet().stream().filter(id -> !parent.containsKey(id)).toList();
        Map<Long, Integer> sizes = new HashMap<>();
        for (long root : roots) {
            sizes.put(root, count(root));
        }
        List<List<Long>> slabs = new ArrayList<>();
        List<Long> trees = new ArrayList<>(roots);
        trees.sort(Comparator.comparingInt((Long r) -> nodes.get(r).band()).thenComparing(r -> -sizes.get(r)));
        slabs.addAll(lonerColumns(trees));
        List<List<Long>> bySize = new ArrayList<>();
        trees.forEach(r -> bySize.add(List.of(r)));
        bySize.addAll(slabs);
        List<List<Long>> left = new ArrayList<>();
        List<List<Long>> right = new ArrayList<>();
        double leftWidth = 0;
        double rightWidth = 0;
        for (int i = 1; i < bySize.size(); i++) {
            List<Long> slab = bySize.get(i);
            if (rightWidth <= leftWidth) {
                right.add(slab);
                rightWidth += slabWidth(slab) + spacing.tree();
            } else {
                left.add(0, slab);
                leftWidth += slabWidth(slab) + spacing.tree();
            }
        }
        List<List<Long>> order = new ArrayList<>(left);
        if (!bySize.isEmpty()) {
            order.add(bySize.get(0));
        }
        order.addAll(right);
        double x = 0;
        for (List<Long> slab : order) {
            if (slab.size() == 1 && !stacked.contains(slab.get(0))) {
                placeSlab(slab.get(0), x);
            } else {
                for (long id : slab) {
                    placed.put(id, new Rect(x, 0, nodes.get(id).width(), nodes.get(id).height()));
                }
            }
            x += slabWidth(slab) + spacing.tree();
        }
    }

    /**
     * Bodies that answer to nothing and have nothing under them (a flat list just imported), gathered
     * by band into columns one under another instead of one long row; taken out of {@code roots}.
     */
    private List<List<Long>> lonerColumns(List<Long> roots) {
        Map<Integer, List<Long>> byBand = new java.util.TreeMap<>();
        for (long root : roots) {
            if (kids(root).isEmpty()) {
                byBand.computeIfAbsent(nodes.get(root).band(), b -> new ArrayList<>()).add(root);
            }
        }
        List<List<Long>> columns = new ArrayList<>();
        for (List<Long> loners : byBand.values()) {
            if (loners.size() < COLUMN_MIN) {
                continue;
            }
            roots.removeAll(loners);
            for (int i = 0; i < loners.size(); i += columnLength) {
                List<Long> column = loners.subList(i, Math.min(loners.size(), i + columnLength));
                for (int j = 0; j < column.size(); j++) {
                    stacked.add(column.get(j));
                    if (j > 0) {
                        stackAbove.put(column.get(j), column.get(j - 1));
                    }
                }
                columns.add(List.copyOf(column));
            }
        }
        return columns;
    }

    private double slabWidth(List<Long> slab) {
        if (slab.size() == 1 && !stacked.contains(slab.get(0))) {
            return width(slab.get(0));
        }
        return slab.stream().mapToDouble(id -> nodes.get(id).width()).max().orElse(0);
    }

    private int count(long root) {
        int n = 0;
        List<Long> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            long id = todo.remove(todo.size() - 1);
            n++;
            todo.addAll(kids(id));
        }
        return n;
    }

    /** Places a body's slab from {@code left}: its children's blocks, then the body centred over them. */
    private void placeSlab(long root, double left) {
        List<long[]> todo = new ArrayList<>();
        todo.add(new long[] {root, Double.doubleToLongBits(left)});
        while (!todo.isEmpty()) {
            long[] next = todo.remove(todo.size() - 1);
            long id = next[0];
            double x0 = Double.longBitsToDouble(next[1]);
            double slab = width(id);
            List<List<Long>> blocks = blocks(id);
            double used = blocks.stream().mapToDouble(this::blockWidth).sum()
                    + Math.max(0, blocks.size() - 1) * spacing.sibling();
            double bx = x0 + (slab - used) / 2;
            for (List<Long> block : blocks) {
                if (isStack(block)) {
                    for (long leafId : block) {
                        placed.put(leafId, new Rect(bx + spacing.rail(), 0, nodes.get(leafId).width(),
                                nodes.get(leafId).height()));
                    }
                } else {
                    todo.add(new long[] {block.get(0), Double.doubleToLongBits(bx)});
                }
                bx += blockWidth(block) + spacing.sibling();
            }
            Node node = nodes.get(id);
            placed.put(id, new Rect(x0 + (slab - node.width()) / 2, 0, node.width(), node.height()));
        }
    }

    /**
     * Sets every box's y: rows within each band (a child in its parent's band one row lower), rows as
     * tall as their tallest box, stacked groups one under another below their parent, and each band
     * starting under the lowest box of the band above.
     */
    private void placeDown() {
        int bands = nodes.values().stream().mapToInt(Node::band).max().orElse(0) + 1;
        List<Long> order = topDown();
        Map<Long, Integer> rank = ranks(order);
        int rows = 0;
        for (long id : order) {
            row.put(id, rank.get(id));
            rows = Math.max(rows, rank.get(id) + 1);
        }
        double[][] rowHeight = new double[bands][rows];
        for (long id : order) {
            if (!stackAbove.containsKey(id)) {
                Node n = nodes.get(id);
                rowHeight[n.band()][row.get(id)] = Math.max(rowHeight[n.band()][row.get(id)], n.height());
            }
        }
        double top = 0;
        java.util.Set<Long> settled = new java.util.HashSet<>();
        for (int band = 0; band < bands; band++) {
            double[] rowTop = new double[rows];
            double y = top;
            for (int r = 0; r < rows; r++) {
                rowTop[r] = y;
                if (rowHeight[band][r] > 0) {
                    y += rowHeight[band][r] + spacing.row();
                }
            }
            double bottom = -1;
            for (long id : topo) {
                Node n = nodes.get(id);
                if (n.band() != band) {
                    continue;
                }
                double at = rowTop[row.get(id)];
                for (long up : upsOf.getOrDefault(id, List.of())) {
                    if (settled.contains(up)) {
                        Rect above = placed.get(up);
                        boolean stack = Long.valueOf(up).equals(stackAbove.get(id));
                        at = Math.max(at, above.maxY() + (stack ? spacing.stack() : spacing.row()));
                    }
                }
                Rect r = placed.get(id);
                placed.put(id, r.movedTo(r.x(), at));
                settled.add(id);
                bottom = Math.max(bottom, at + n.height());
            }
            if (bottom >= 0) {
                top = bottom + spacing.band();
            }
        }
    }

    /**
     * Each body's row within its band: one below its parent in the chart and below every other body
     * in its band it reports to or is a sub-group of, so no such line is drawn upward; a group in a
     * column is at least one row below the group above it. Where such lines make a loop, the body
     * met first in the chart keeps its place.
     */
    private Map<Long, Integer> ranks(List<Long> order) {
        Map<Long, List<Long>> ups = new HashMap<>();
        for (long id : order) {
            Long up = parent.get(id);
            if (up != null && nodes.get(up).band() == nodes.get(id).band()) {
                ups.computeIfAbsent(id, k -> new ArrayList<>()).add(up);
            }
            Long above = stackAbove.get(id);
            if (above != null) {
                ups.computeIfAbsent(id, k -> new ArrayList<>()).add(above);
            }
        }
        for (Edge edge : hierarchy) {
            Node lower = nodes.get(edge.lower());
            Node upper = nodes.get(edge.upper());
            if (lower != null && upper != null && lower != upper && lower.band() == upper.band()) {
                ups.computeIfAbsent(lower.id(), k -> new ArrayList<>()).add(upper.id());
            }
        }
        upsOf.putAll(ups);
        Map<Long, List<Long>> downs = new HashMap<>();
        Map<Long, Integer> waiting = new HashMap<>();
        ups.forEach((id, list) -> {
            waiting.put(id, list.size());
            list.forEach(up -> downs.computeIfAbsent(up, k -> new ArrayList<>()).add(id));
        });
        Map<Long, Integer> rank = new HashMap<>();
        java.util.ArrayDeque<Long> ready = new java.util.ArrayDeque<>();
        for (long id : order) {
            if (waiting.getOrDefault(id, 0) == 0) {
                ready.add(id);
            }
        }
        int next = 0;
        while (rank.size() < order.size()) {
            if (ready.isEmpty()) {
                while (rank.containsKey(order.get(next))) {
                    next++;
                }
                ready.add(order.get(next));
            }
            long id = ready.poll();
            if (rank.containsKey(id)) {
                continue;
            }
            int r = 0;
            for (long up : ups.getOrDefault(id, List.of())) {
                Integer upRank = rank.get(up);
                if (upRank != null) {
                    r = Math.max(r, upRank + (Long.valueOf(up).equals(stackAbove.get(id)) ? 0 : 1));
                }
            }
            rank.put(id, r);
            topo.add(id);
            for (long down : downs.getOrDefault(id, List.of())) {
                if (waiting.merge(down, -1, Integer::sum) == 0) {
                    ready.add(down);
                }
            }
        }
        return rank;
    }

    /** Every body after its parent and after the one stacked above it. */
    private List<Long> topDown() {
        List<Long> order = new ArrayList<>();
        List<Long> todo = new ArrayList<>();
        for (long id : nodes.keySet()) {
            if (!parent.containsKey(id)) {
                todo.add(id);
            }
        }
        java.util.Collections.reverse(todo);
        while (!todo.isEmpty()) {
            long id = todo.remove(todo.size() - 1);
            order.add(id);
            List<Long> k = new ArrayList<>(kids(id));
            java.util.Collections.reverse(k);
            todo.addAll(k);
        }
        return order;
    }
}
