package org.partnershipatlas.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;

/**
 * The whole structure arranged for one printed page, the sheet a cabinet is given. The map's chart
 * is as wide as its columns of groups side by side, several times wider than tall, so on a page its
 * names print too small to read. Here the top of the structure stays a chart across the page, and
 * what hangs from it (each partnership with its groups, each column of groups) wraps onto rows under
 * it in the map's order from left to right; each row has its own layer bands, so a row reads
 * "executive" over "operational" as the map does, and lines to a lower row come down a channel at
 * the rows' left. Boxes sit closer than on the map and may be wider, so most names take one line.
 *
 * <p>Which bodies stay on top, how many rows, how long the columns and how wide the boxes are is
 * chosen by trying each and keeping the one that prints largest on the page: the caller says how a
 * diagram's size becomes its printed scale. Pure and repeatable: the same model, scope and page give
 * the same diagram.
 */
public final class OnePageChart {
    /**
     * The diagram laid out for the page, the scale it prints at there, and how many rows of boxes
     * hang under the top of the structure (1 when it is the map's chart itself, tightened).
     */
    public record Arrangement(Diagram diagram, double scale, int rows) {
    }

    /** The box widths tried: the map's, and wider ones that keep more names to one line. */
    static final double[] WIDTHS = {190, 230, 270};
    static final int MOST_ROWS = 3;
    static final int LONGEST_COLUMN = 12;
    /** Above and below a box's name: less than half the map's, the marks drawn across the box's top edge instead. */
    static final double PADDING = 6;
    /** At the rows' left, for the lines down to a lower row. */
    static final double CHANNEL = 44;
    /** Past this many bodies no page holds the names readably: not tried. */
    static final int MOST_BODIES = 400;
    private static final OrgChartLayout.Spacing GAPS = OrgChartLayout.Spacing.COMPACT;
    /** Where the groups of the bodies on top go on the rows. */
    enum Placing {
        /** Each body's groups under it, the blocks pushed apart where they would overlap. */
        UNDER,
        /** The widest body's groups in rows as even as they go; the others at the ends of the shortest rows. */
        FILLED,
        /** As {@link #FILLED}, the widest body's rows filled to an even share of everything, the others after. */
        SHARED
    }
    /** The head of the bodies that answer to nothing and have nothing under them. */
    private static final Long LONERS = Long.MIN_VALUE;

    private final AuthorityModel model;
    private final List<Body> bodies = new ArrayList<>();
    private final Map<Long, Integer> band = new HashMap<>();
    private final List<OrgChartLayout.Edge> edges = new ArrayList<>();
    private final Map<Long, Long> parent;
    private final Map<Long, List<Long>> children = new HashMap<>();
    private final Map<Long, Integer> depth = new HashMap<>();
    /** Each body's place from left to right (then top down) on the map's own chart: the rows keep that order. */
    private final Map<Long, Integer> mapOrder = new HashMap<>();

    /** What hangs from a body on top: one subtree, or a column of groups with nothing under them. */
    private record Slab(Long head, List<Long> roots, boolean column) {
    }

    /** A slab laid out on its own from x = 0, with the top of its boxes in each band. */
    private record Placed(Map<Long, Rect> at, double width, Map<Integer, Double> bandTops) {
        static Placed of(Map<Long, Rect> at, Map<Long, Integer> band) {
            double minX = at.values().stream().mapToDouble(Rect::x).min().orElse(0);
            double maxX = at.values().stream().mapToDouble(Rect::maxX).max().orElse(0);
            Map<Long, Rect> moved = new LinkedHashMap<>();
            Map<Integer, Double> tops = new HashMap<>();
            at.forEach((id, r) -> {
                moved.put(id, r.movedTo(r.x() - minX, r.y()));
                tops.merge(band.get(id), r.y(), Math::min);
            });
            return new Placed(moved, maxX - minX, tops);
        }
    }

    private OnePageChart(AuthorityModel model, Collection<Long> scope) {
        this.model = model;
        Set<Long> ids = new LinkedHashSet<>(scope);
        model.bodies().stream().filter(b -> ids.contains(b.id())).forEach(bodies::add);
        bodies.forEach(b -> band.put(b.id(), b.layer().ordinal()));
        for (AccountabilityLine line : model.lines()) {
            if (band.containsKey(line.fromBodyId()) && band.containsKey(line.toBodyId())) {
                edges.add(new OrgChartLayout.Edge(line.fromBodyId(), line.toBodyId(),
                        MapDiagram.treeWeight(line.kind())));
            }
        }
        parent = OrgChartLayout.parents(band, edges);
        for (Body body : bodies) {
            Long up = parent.get(body.id());
            if (up != null) {
                children.computeIfAbsent(up, k -> new ArrayList<>()).add(body.id());
            }
        }
        for (Body body : bodies) {
            int d = 0;
            for (Long up = parent.get(body.id()); up != null; up = parent.get(up)) {
                d++;
            }
            depth.put(body.id(), d);
        }
        List<Map.Entry<Long, Rect>> chart = new ArrayList<>(OrgChartLayout.layout(nodes(bodies, 190), edges,
                OrgChartLayout.COLUMN_LENGTH, GAPS).entrySet());
        chart.sort(Comparator.comparingDouble((Map.Entry<Long, Rect> e) -> e.getValue().x())
                .thenComparingDouble(e -> e.getValue().y()));
        for (int i = 0; i < chart.size(); i++) {
            mapOrder.put(chart.get(i).getKey(), i);
        }
    }

    /**
     * The arrangement of the bodies in {@code scope} that prints largest, where {@code scaleOf} gives the
     * scale at which a diagram with these bounds prints on the page; null when there are no bodies or
     * too many for one page.
     */
    public static Arrangement best(AuthorityModel model, Collection<Long> scope, ToDoubleFunction<Rect> scaleOf) {
        return best(model, scope, scaleOf, 0);
    }

    /**
     * As {@link #best(AuthorityModel, Collection, ToDoubleFunction)}, but null at once, without trying
     * arrangements, when the boxes alone, packed without gaps, could not print at {@code least}.
     */
    public static Arrangement best(AuthorityModel model, Collection<Long> scope, ToDoubleFunction<Rect> scaleOf,
                                   double least) {
        if (scope.isEmpty() || scope.size() > MOST_BODIES) {
            return null;
        }
        OnePageChart chart = new OnePageChart(model, scope);
        if (chart.bodies.isEmpty() || chart.largestScale(scaleOf) < least) {
            return null;
        }
        int deepest = chart.depth.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        double bestScale = -1;
        Choice choice = null;
        for (double width : WIDTHS) {
            for (int length = 3; length <= LONGEST_COLUMN; length++) {
                for (int top = 0; top <= Math.min(3, deepest); top++) {
                    Prepared prepared = chart.prepare(width, length, top);
                    for (int rows = top == 0 ? 1 : 2; rows <= MOST_ROWS; rows++) {
                        for (Placing mode : rows == 1 ? List.of(Placing.UNDER) : List.of(Placing.values())) {
                            Rect bounds = boundsOf(chart.compose(prepared, rows, mode, new HashMap<>(),
                                    new HashMap<>()));
                            double scale = scaleOf.applyAsDouble(bounds);
                            if (scale > bestScale * 1.005) {
                                bestScale = scale;
                                choice = new Choice(width, rows, length, top, mode);
                            }
                        }
                    }
                }
            }
        }
        Map<Long, Integer> rowOf = new HashMap<>();
        Map<Long, Double> channels = new HashMap<>();
        Map<Long, Rect> at = chart.compose(chart.prepare(choice.width(), choice.length(), choice.top()),
                choice.rows(), choice.mode(), rowOf, channels);
        Diagram diagram = chart.diagram(at, rowOf, channels, choice.width());
        int rows = Math.max(1, (int) rowOf.values().stream().distinct().count() - 1);
        return new Arrangement(diagram, scaleOf.applyAsDouble(diagram.bounds()), rows);
    }

    /**
     * No arrangement prints larger than the boxes' own area with their least gaps would, shaped in
     * the page's best proportions.
     */
    private double largestScale(ToDoubleFunction<Rect> scaleOf) {
        double area = Double.MAX_VALUE;
        for (double width : WIDTHS) {
            double sum = 0;
            for (Body body : bodies) {
                sum += (width + GAPS.rail()) * (height(body, width) + GAPS.stack());
            }
            area = Math.min(area, sum);
        }
        double largest = 0;
        for (double ratio = 0.5; ratio <= 4; ratio += 0.25) {
            largest = Math.max(largest, scaleOf.applyAsDouble(new Rect(0, 0, Math.sqrt(area * ratio),
                    Math.sqrt(area / ratio))));
        }
        return largest;
    }

    private static Rect boundsOf(Map<Long, Rect> at) {
        Rect r = Rect.around(at.values().stream()
                .flatMap(b -> java.util.stream.Stream.of(new Point(b.x(), b.y()), new Point(b.maxX(), b.maxY())))
                .toList());
        return new Rect(r.x(), r.y() - MapDiagram.BAND_MARGIN, r.width(), r.height() + MapDiagram.BAND_MARGIN * 1.5);
    }

    static int charsPerLine(double width) {
        return (int) ((width - 12) / 7.4);
    }

    static double height(Body body, double width) {
        return 2 * PADDING + MapDiagram.LINE_HEIGHT * MapDiagram.wrap(body.name(), charsPerLine(width)).size();
    }

    private static List<OrgChartLayout.Node> nodes(Collection<Body> bodies, double width) {
        return bodies.stream().map(b -> new OrgChartLayout.Node(b.id(), width, height(b, width), b.layer().ordinal()))
                .toList();
    }

    private List<Long> kids(long id) {
        return children.getOrDefault(id, List.of());
    }

    /** One arrangement tried: box width, rows under the top, column length, levels kept on top, placing. */
    private record Choice(double width, int rows, int length, int top, Placing mode) {
    }

    /** What stays on top, laid out, and each slab laid out on its own: the same whatever the rows. */
    private record Prepared(Map<Long, Rect> top, Map<Long, List<Placed>> byHead, double width, int length) {
    }

    private Prepared prepare(double width, int length, int top) {
        Map<Long, Body> byId = new HashMap<>();
        bodies.forEach(b -> byId.put(b.id(), b));
        List<Body> onTop = bodies.stream().filter(b -> depth.get(b.id()) <= top
                && (parent.containsKey(b.id()) || !kids(b.id()).isEmpty())).toList();
        Set<Long> topIds = new LinkedHashSet<>();
        onTop.forEach(b -> topIds.add(b.id()));
        Map<Long, Rect> chart = onTop.isEmpty() ? Map.of()
                : OrgChartLayout.layout(nodes(onTop, width), topEdges(topIds), length, GAPS);
        Map<Long, List<Placed>> byHead = new LinkedHashMap<>();
        for (Slab slab : slabs(topIds, length)) {
            byHead.computeIfAbsent(slab.head(), h -> new ArrayList<>()).add(place(slab, width, length, byId));
        }
        return new Prepared(chart, byHead, width, length);
    }

    /**
     * Where every box goes: the top as prepared, each body's groups as a block of at most {@code rows}
     * rows placed by {@code mode}; each body's row (0 the top) into {@code rowOf}, and for each body
     * on top whose groups wrap, the x of the channel at their left into {@code channels}.
     */
    private Map<Long, Rect> compose(Prepared prepared, int rows, Placing mode, Map<Long, Integer> rowOf,
                                    Map<Long, Double> channels) {
        Map<Long, Rect> at = new LinkedHashMap<>();
        if (prepared.byHead().isEmpty() || rows == 1) {
            // one row is the chart itself, with the tighter boxes and gaps
            at.putAll(OrgChartLayout.layout(nodes(bodies, prepared.width()), edges, prepared.length(), GAPS));
            at.keySet().forEach(id -> rowOf.put(id, 0));
            return at;
        }
        double y = 0;
        for (Map.Entry<Long, Rect> e : prepared.top().entrySet()) {
            at.put(e.getKey(), e.getValue());
            rowOf.put(e.getKey(), 0);
            y = Math.max(y, e.getValue().maxY() + GAPS.band());
        }
        Map<Long, List<Placed>> byHead = prepared.byHead();
        // each body's groups as a block of rows under it, the widest body's wrapped onto the most rows
        Long widest = null;
        for (Map.Entry<Long, List<Placed>> e : byHead.entrySet()) {
            if (!LONERS.equals(e.getKey()) && (widest == null
                    || RowCuts.total(widths(e.getValue()), 0) > RowCuts.total(widths(byHead.get(widest)), 0))) {
                widest = e.getKey();
            }
        }
        double most = widest == null ? Double.MAX_VALUE : RowCuts.rowWidth(RowCuts.even(widths(byHead.get(widest)), rows, GAPS.tree()),
                widths(byHead.get(widest)), GAPS.tree());
        List<Block> blocks = new ArrayList<>();
        for (Map.Entry<Long, List<Placed>> e : byHead.entrySet()) {
            List<Placed> placed = e.getValue();
            int r = 1;
            while (r < rows && RowCuts.rowWidth(RowCuts.even(widths(placed), r, GAPS.tree()), widths(placed),
                    GAPS.tree()) > most) {
                r++;
            }
            List<List<Integer>> split = mode == Placing.SHARED && e.getKey().equals(widest)
                    ? RowCuts.greedy(widths(placed), rows, byHead.values().stream()
                            .mapToDouble(p -> RowCuts.total(widths(p), GAPS.tree())).sum() / rows, GAPS.tree())
                    : RowCuts.even(widths(placed), r, GAPS.tree());
            double channel = split.size() > 1 ? CHANNEL : 0;
            Rect head = LONERS.equals(e.getKey()) ? null : at.get(e.getKey());
            double w = channel + RowCuts.rowWidth(split, widths(placed), GAPS.tree());
            blocks.add(new Block(e.getKey(), placed, split, channel, w,
                    head == null ? Double.MAX_VALUE : head.centreX() - w / 2));
        }
        Map<Integer, List<double[]>> rowSlabs = new TreeMap<>();
        if (mode == Placing.UNDER) {
            // under their heads from left to right, pushed apart where they would overlap; lone bodies last
            blocks.sort(Comparator.comparingDouble(Block::wanted));
            double end = -Double.MAX_VALUE;
            int lastRow = blocks.stream().mapToInt(b -> b.split().size()).max().orElse(1) - 1;
            for (Block block : blocks) {
                double x = block.wanted() == Double.MAX_VALUE ? end + GAPS.tree()
                        : end == -Double.MAX_VALUE ? block.wanted() : Math.max(block.wanted(), end + GAPS.tree());
                put(blocks, block, x, LONERS.equals(block.head()) ? lastRow : 0, rowSlabs, channels);
                end = x + block.width();
            }
        } else {
            // the widest body's rows from the left, each other block at the end of the rows it lengthens least
            Long first0 = widest;
            blocks.sort(Comparator.comparing((Block b) -> !b.head().equals(first0)));
            double[] ends = new double[rows];
            for (Block block : blocks) {
                int n = Math.min(rows, block.split().size());
                int first = 0;
                double x = Double.MAX_VALUE;
                for (int r = 0; r + n <= rows; r++) {
                    double start = 0;
                    for (int k = r; k < r + n; k++) {
                        start = Math.max(start, ends[k]);
                    }
                    if (start < x) {
                        x = start;
                        first = r;
                    }
                }
                x = x == 0 ? 0 : x + GAPS.tree();
                put(blocks, block, x, first, rowSlabs, channels);
                for (int k = first; k < first + n; k++) {
                    ends[k] = x + block.width();
                }
            }
            // the top centred over the rows
            double right = 0;
            for (double e : ends) {
                right = Math.max(right, e);
            }
            Rect around = around(at.values());
            double shift = right / 2 - around.centreX();
            at.replaceAll((id, r) -> r.movedTo(r.x() + shift, r.y()));
        }
        // each row's layers one under another, every slab's boxes of a layer starting at the layer's top
        for (Map.Entry<Integer, List<double[]>> row : rowSlabs.entrySet()) {
            Map<Integer, Double> extents = new TreeMap<>();
            for (double[] ref : row.getValue()) {
                Placed slab = blocks.get((int) ref[0]).placed().get((int) ref[1]);
                slab.at().forEach((id, rect) -> extents.merge(band.get(id),
                        rect.maxY() - slab.bandTops().get(band.get(id)), Math::max));
            }
            Map<Integer, Double> bandY = new HashMap<>();
            double next = y;
            for (Map.Entry<Integer, Double> e : extents.entrySet()) {
                bandY.put(e.getKey(), next);
                next += e.getValue() + GAPS.band();
            }
            double bottom = y;
            for (double[] ref : row.getValue()) {
                Placed slab = blocks.get((int) ref[0]).placed().get((int) ref[1]);
                for (Map.Entry<Long, Rect> e : slab.at().entrySet()) {
                    int b = band.get(e.getKey());
                    Rect rect = e.getValue().movedTo(ref[2] + e.getValue().x(),
                            bandY.get(b) + e.getValue().y() - slab.bandTops().get(b));
                    at.put(e.getKey(), rect);
                    rowOf.put(e.getKey(), row.getKey() + 1);
                    bottom = Math.max(bottom, rect.maxY());
                }
            }
            y = bottom + GAPS.band();
        }
        return at;
    }

    /** Puts a block's slabs on rows from {@code first}, from {@code x}, with its channel at their left. */
    private static void put(List<Block> blocks, Block block, double x, int first,
                            Map<Integer, List<double[]>> rowSlabs, Map<Long, Double> channels) {
        if (block.channel() > 0) {
            channels.put(block.head(), x + block.channel() / 2);
        }
        for (int r = 0; r < block.split().size(); r++) {
            double sx = x + block.channel();
            for (int i : block.split().get(r)) {
                rowSlabs.computeIfAbsent(first + r, k -> new ArrayList<>())
                        .add(new double[] {blocks.indexOf(block), i, sx});
                sx += block.placed().get(i).width() + GAPS.tree();
            }
        }
    }

    private static Rect around(Collection<Rect> rects) {
        return Rect.around(rects.stream().flatMap(r -> java.util.stream.Stream.of(new Point(r.x(), r.y()),
                new Point(r.maxX(), r.maxY()))).toList());
    }

    /** One head's groups: its slabs cut into rows, the channel at their left when there is more than one row. */
    private record Block(Long head, List<Placed> placed, List<List<Integer>> split, double channel, double width,
                         double wanted) {
    }

    private static double[] widths(List<Placed> placed) {
        return placed.stream().mapToDouble(Placed::width).toArray();
    }

    /**
     * What hangs from the bodies on top, in the map's order: each group with groups under it is a
     * subtree of its own; groups with nothing under them stand in columns of at most {@code length}
     * by layer, as under their parent on the map; bodies answering to nothing with nothing under them
     * stand in columns of their own.
     */
    private List<Slab> slabs(Set<Long> top, int length) {
        List<Slab> slabs = new ArrayList<>();
        List<Long> heads = new ArrayList<>(top);
        heads.add(null);
        for (Long head : heads) {
            List<Long> under = head == null
                    ? bodies.stream().map(Body::id).filter(id -> !top.contains(id) && !parent.containsKey(id)).toList()
                    : kids(head).stream().filter(id -> !top.contains(id)).toList();
            Map<Integer, List<Long>> leaves = new TreeMap<>();
            for (long id : ordered(under)) {
                if (kids(id).isEmpty()) {
                    leaves.computeIfAbsent(band.get(id), b -> new ArrayList<>()).add(id);
                } else {
                    slabs.add(new Slab(head == null ? LONERS : head, List.of(id), false));
                }
            }
            for (List<Long> inBand : leaves.values()) {
                int columns = (inBand.size() + length - 1) / length;
                int perColumn = (inBand.size() + columns - 1) / columns;
                for (int i = 0; i < inBand.size(); i += perColumn) {
                    slabs.add(new Slab(head == null ? LONERS : head,
                            List.copyOf(inBand.subList(i, Math.min(inBand.size(), i + perColumn))), true));
                }
            }
        }
        slabs.sort(Comparator.comparingInt(s -> s.roots().stream().mapToInt(mapOrder::get).min().orElse(0)));
        return slabs;
    }

    private List<Long> ordered(List<Long> ids) {
        List<Long> sorted = new ArrayList<>(ids);
        sorted.sort(Comparator.comparingInt(mapOrder::get));
        return sorted;
    }

    /** A slab on its own: a subtree as the map's chart draws it, or a column with room at its left for the rail. */
    private Placed place(Slab slab, double width, int length, Map<Long, Body> byId) {
        Map<Long, Rect> at = new LinkedHashMap<>();
        if (slab.column()) {
            double y = 0;
            for (long id : slab.roots()) {
                double h = height(byId.get(id), width);
                at.put(id, new Rect(GAPS.rail(), y, width, h));
                y += h + GAPS.stack();
            }
            return new Placed(at, GAPS.rail() + width, Map.of(band.get(slab.roots().get(0)), 0.0));
        }
        Set<Long> subtree = new LinkedHashSet<>();
        List<Long> todo = new ArrayList<>(slab.roots());
        while (!todo.isEmpty()) {
            long id = todo.remove(todo.size() - 1);
            if (subtree.add(id)) {
                todo.addAll(kids(id));
            }
        }
        List<Body> members = bodies.stream().filter(b -> subtree.contains(b.id())).toList();
        List<OrgChartLayout.Edge> inside = edges.stream()
                .filter(e -> subtree.contains(e.lower()) && subtree.contains(e.upper())).toList();
        return Placed.of(OrgChartLayout.layout(nodes(members, width), inside, length, GAPS), band);
    }

    private List<OrgChartLayout.Edge> topEdges(Set<Long> top) {
        return edges.stream().filter(e -> top.contains(e.lower()) && top.contains(e.upper())).toList();
    }

    /** The diagram: boxes with their names wrapped for this width, lines routed round them, bands by row. */
    private Diagram diagram(Map<Long, Rect> at, Map<Long, Integer> rowOf, Map<Long, Double> channels, double width) {
        List<org.partnershipatlas.model.Theme> themes = new ArrayList<>(model.themes());
        Map<Long, Diagram.Box> boxes = new LinkedHashMap<>();
        for (Body body : bodies) {
            Rect rect = at.get(body.id());
            boxes.put(body.id(), MapDiagram.box(model, themes, body, rect,
                    MapDiagram.wrap(body.name(), charsPerLine(width)), false));
        }
        List<Diagram.Line> unrouted = new ArrayList<>();
        for (AccountabilityLine line : model.lines()) {
            if (boxes.containsKey(line.fromBodyId()) && boxes.containsKey(line.toBodyId())) {
                unrouted.add(new Diagram.Line(line.id(), line.fromBodyId(), line.toBodyId(), line.kind(), List.of()));
            }
        }
        List<Double> gutters = new ArrayList<>();
        Map<Integer, Double> rowTops = new TreeMap<>();
        rowOf.forEach((id, row) -> rowTops.merge(row, at.get(id).y(), Math::min));
        rowTops.values().forEach(top -> gutters.add(top - GAPS.band() / 2));
        List<Diagram.Line> lines = MapDiagram.routed(boxes, unrouted, new LineRouter.Channels(channels, gutters));
        List<Diagram.Band> bands = RowCuts.bands(bodies, at, rowOf);
        List<Point> corners = new ArrayList<>();
        at.values().forEach(r -> {
            corners.add(new Point(r.x(), r.y()));
            corners.add(new Point(r.maxX(), r.maxY()));
        });
        lines.forEach(l -> corners.addAll(l.route()));
        Rect around = Rect.around(corners);
        Rect bounds = new Rect(around.x(), around.y() - MapDiagram.BAND_MARGIN, around.width(),
                around.height() + MapDiagram.BAND_MARGIN * 1.5);
        return new Diagram(List.copyOf(boxes.values()), lines, List.copyOf(bands), bounds);
    }
}
