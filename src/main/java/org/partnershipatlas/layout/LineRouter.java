package org.partnershipatlas.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnershipatlas.model.LineKind;

/**
 * Routes every accountability line around the boxes as they finally stand, so that no line passes
 * through a box it does not join and lines of different kinds, or to different bodies, never share a
 * segment (a shared run would read as one line of accountability).
 *
 * <p>Lines of one kind to one body share a trunk, as on an organisation chart: a stub down from the
 * upper body to a bus, and from the bus a stub to each body below, or a rail beside a column of
 * stacked groups. Each such route is checked against every box and every run already drawn; a line
 * that cannot take it (a second parent, a body moved by hand, a line across the chart) is found by
 * a shortest-path search over an orthogonal grid built from the edges of the boxes near it
 * ({@link GridSearch}), which goes round boxes and avoids other lines' runs. A line between bodies far
 * apart on a wide map goes down onto a lane under the whole map, along it and up, each end searched
 * near its own box, so no search spans the map.
 */
public final class LineRouter {
    /** One line to route: from the lower body to the one it answers to. */
    public record Request(long id, long from, long to, LineKind kind) {
    }

    /**
     * Where a chart printed in rows ({@link OnePageChart}) leaves room for lines down to a lower row:
     * for a body whose groups wrap, the x of the channel at their left, and the y of the gap above
     * each row. A line to such a body goes up the gap above its row, along to the channel, up it and
     * onto the body's bus.
     */
    public record Channels(Map<Long, Double> x, List<Double> gutters) {
        static final Channels NONE = new Channels(Map.of(), List.of());
    }

    /** Lines keep this far from boxes they do not join. */
    static final double CLEARANCE = 6;
    static final double STUB_STEP = 7;
    static final double RAIL_INSET = 11;
    /** A line whose ends stand further apart than this goes by a lane under the map rather than a search between them. */
    static final double LONG_SPAN = 4_000;
    static final double LANE_TOP = 30;
    static final double LANE_STEP = 8;
    /** How far from its box a line may look for its way down to the lanes. */
    static final double LANE_REACH = 12_000;

    private final Map<Long, Rect> boxes;
    private final BoxIndex index;
    private final Runs runs = new Runs();
    private final Map<Long, List<Port>> ports = new HashMap<>();
    /** Where each lane under the map is taken up to, left to right. */
    private final List<Double> laneEnds = new ArrayList<>();

    /** A place on a box's edge where a line of a trunk meets it. */
    private record Port(Point at, String trunk) {
    }

    private final Channels channels;

    private LineRouter(Map<Long, Rect> boxes, Channels channels) {
        this.boxes = boxes;
        this.channels = channels;
        this.index = new BoxIndex(boxes);
    }

    /** The route of every line, by line id, from its lower body's edge to its upper body's edge. */
    public static Map<Long, List<Point>> route(Map<Long, Rect> boxes, List<Request> lines) {
        return route(boxes, lines, Channels.NONE);
    }

    /** As {@link #route(Map, List)}, with the channels of a chart printed in rows. */
    public static Map<Long, List<Point>> route(Map<Long, Rect> boxes, List<Request> lines, Channels channels) {
        return new LineRouter(boxes, channels).routeAll(lines);
    }

    private Map<Long, List<Point>> routeAll(List<Request> lines) {
        Map<Long, List<Point>> routes = new HashMap<>();
        Map<String, List<Request>> trunks = new LinkedHashMap<>();
        List<Request> usable = new ArrayList<>();
        for (Request line : lines) {
            Rect from = boxes.get(line.from());
            Rect to = boxes.get(line.to());
            if (from == null || to == null || line.from() == line.to()) {
                continue;
            }
            usable.add(line);
            trunks.computeIfAbsent(trunkKey(line), k -> new ArrayList<>()).add(line);
        }
        Map<Long, List<LineKind>> kindsUnder = new HashMap<>();
        for (List<Request> trunk : trunks.values()) {
            Request first = trunk.get(0);
            List<LineKind> kinds = kindsUnder.computeIfAbsent(first.to(), k -> new ArrayList<>());
            if (!kinds.contains(first.kind())) {
                kinds.add(first.kind());
            }
        }
        List<Request> searched = new ArrayList<>();
        for (List<Request> trunk : trunks.values()) {
            Request first = trunk.get(0);
            List<LineKind> kinds = kindsUnder.get(first.to());
            int slot = kinds.indexOf(first.kind());
            for (Request line : trunk) {
                List<Point> shaped = null;
                for (List<Point> candidate : trunkRoutes(line, slot, kinds.size())) {
                    if (clear(candidate, line)) {
                        shaped = candidate;
                        break;
                    }
                }
                if (shaped != null) {
                    commit(line, shaped);
                    routes.put(line.id(), shaped);
                } else {
                    searched.add(line);
                }
            }
        }
        searched.sort(Comparator.comparingDouble(this::span));
        for (Request line : searched) {
            String key = trunkKey(line);
            Rect from = boxes.get(line.from());
            Rect to = boxes.get(line.to());
            Point[] starts = {free(line.from(), from, 0, key), free(line.from(), from, 1, key),
                free(line.from(), from, 2, key), free(line.from(), from, 3, key)};
            Point[] goals = {free(line.to(), to, 1, key), free(line.to(), to, 0, key), free(line.to(), to, 2, key),
                free(line.to(), to, 3, key)};
            List<Point> found = Math.abs(from.centreX() - to.centreX()) > LONG_SPAN ? null
                    : new GridSearch(boxes, index, runs, line.from(), line.to(), key, starts, goals).find();
            if (found == null) {
                Point[] upperStarts = {goals[1], goals[0], goals[2], goals[3]};
                found = viaLane(line, starts, upperStarts);
            }
            if (found == null) {
                found = elbow(from, to);
            }
            commit(line, found);
            routes.put(line.id(), found);
        }
        return routes;
    }

    /**
     * A line across a wide map: down from the lower box onto a lane under the whole map, along it, and
     * up into the upper box, each end found by a search near its own box (a search across the whole
     * map costs seconds a line). Lines whose lanes would overlap get lanes of their own.
     */
    private List<Point> viaLane(Request line, Point[] lowerStarts, Point[] upperStarts) {
        String key = trunkKey(line);
        double first = index.bounds().maxY() + LANE_TOP;
        List<Point> down = new GridSearch(boxes, index, runs, line.from(), line.to(), key, lowerStarts, lowerStarts)
                .toLane(first, LANE_REACH);
        List<Point> up = down == null ? null : new GridSearch(boxes, index, runs, line.to(), line.from(), key,
                upperStarts, upperStarts).toLane(first, LANE_REACH);
        if (down == null || up == null) {
            return null;
        }
        double xa = down.get(down.size() - 1).x();
        double xb = up.get(up.size() - 1).x();
        double y = first + LANE_STEP * lane(Math.min(xa, xb), Math.max(xa, xb));
        List<Point> route = new ArrayList<>(down.subList(0, down.size() - 1));
        route.add(new Point(xa, y));
        route.add(new Point(xb, y));
        List<Point> back = new ArrayList<>(up.subList(0, up.size() - 1));
        java.util.Collections.reverse(back);
        route.addAll(back);
        return simplify(route);
    }

    /** The first lane free from {@code from} to {@code to} (first fit), taken for that stretch. */
    private int lane(double from, double to) {
        for (int k = 0; k < laneEnds.size(); k++) {
            if (laneEnds.get(k) < from - 2 * STUB_STEP) {
                laneEnds.set(k, to);
                return k;
            }
        }
        laneEnds.add(to);
        return laneEnds.size() - 1;
    }

    private void commit(Request line, List<Point> route) {
        String key = trunkKey(line);
        runs.add(route, key);
        ports.computeIfAbsent(line.from(), k -> new ArrayList<>()).add(new Port(route.get(0), key));
        ports.computeIfAbsent(line.to(), k -> new ArrayList<>()).add(new Port(route.get(route.size() - 1), key));
    }

    /** True when another trunk already meets the box within a lane's width of the point. */
    private boolean portTaken(long box, Point at, String trunk) {
        Rect r = boxes.get(box);
        boolean upright = r != null && (Geometry.near(at.x(), r.x()) || Geometry.near(at.x(), r.maxX()));
        double lane = r == null ? 2 * STUB_STEP : portStep(upright ? r.height() : r.width());
        for (Port port : ports.getOrDefault(box, List.of())) {
            if (!port.trunk().equals(trunk) && Math.abs(port.at().x() - at.x()) < lane - 1
                    && Math.abs(port.at().y() - at.y()) < lane - 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * How far apart lines of different trunks meet a side this long: two lanes, or one on a short
     * side (a one-line box printed on one page), so such a side still has room for three lines.
     */
    static double portStep(double side) {
        return side < 6 * STUB_STEP ? STUB_STEP : 2 * STUB_STEP;
    }

    /**
     * The free place nearest the middle of one side of a box (0 top, 1 bottom, 2 left, 3 right) where
     * this trunk's line can meet it, keeping a lane's width from other trunks' lines; null when the
     * side has none (a short side another kind of line already meets), so no two kinds share a stub.
     */
    private Point free(long id, Rect box, int side, String trunk) {
        boolean level = side < 2;
        double centre = level ? box.centreX() : box.centreY();
        double half = (level ? box.width() : box.height()) / 2 - 4;
        double step = portStep(level ? box.width() : box.height());
        for (int k = 0; k * step <= half; k++) {
            for (int sign : new int[] {1, -1}) {
                double along = centre + sign * k * step;
                Point at = switch (side) {
                    case 0 -> new Point(along, box.y());
                    case 1 -> new Point(along, box.maxY());
                    case 2 -> new Point(box.x(), along);
                    default -> new Point(box.maxX(), along);
                };
                if (!portTaken(id, at, trunk)) {
                    return at;
                }
            }
        }
        return null;
    }

    private double span(Request line) {
        Rect a = boxes.get(line.from());
        Rect b = boxes.get(line.to());
        return Math.abs(a.centreX() - b.centreX()) + Math.abs(a.centreY() - b.centreY());
    }

    static String trunkKey(Request line) {
        return line.to() + ":" + line.kind();
    }

    /**
     * The organisation chart's routes, best first: up from the top of the lower box to the bus under
     * the upper one, across, and up into it; or from the left of the lower box to a rail beside its
     * column and up the rail to the bus. None when the lower box is not below the upper one.
     */
    private List<List<Point>> trunkRoutes(Request line, int slot, int slots) {
        Rect lower = boxes.get(line.from());
        Rect upper = boxes.get(line.to());
        if (lower.y() < upper.maxY() + 3 * STUB_STEP) {
            return List.of();
        }
        double offset = (slot - (slots - 1) / 2.0) * STUB_STEP * 2;
        double stubX = upper.centreX() + offset;
        double busY = upper.maxY() + STUB_STEP * (slot + 1.5);
        double x = lower.centreX() + offset;
        List<Point> bus = simplify(List.of(new Point(x, lower.y()), new Point(x, busY), new Point(stubX, busY),
                new Point(stubX, upper.maxY())));
        double rail = lower.x() - RAIL_INSET - slot * 4;
        List<Point> column = simplify(List.of(new Point(lower.x(), lower.centreY()), new Point(rail, lower.centreY()),
                new Point(rail, busY), new Point(stubX, busY), new Point(stubX, upper.maxY())));
        Double channel = channels.x().get(line.to());
        // the gap above the lower box's row, when that row is below the one the upper body's bus serves
        Double gutter = channels.gutters().stream().filter(g -> g < lower.y() && g > busY + 3 * STUB_STEP)
                .max(Double::compare).orElse(null);
        if (channel == null || gutter == null) {
            return List.of(bus, column);
        }
        // a lane's width apart for each kind, so the kinds never share a run
        double cx = channel + offset / 2;
        double gy = gutter + offset / 2;
        List<Point> down = simplify(List.of(new Point(x, lower.y()), new Point(x, gy), new Point(cx, gy),
                new Point(cx, busY), new Point(stubX, busY), new Point(stubX, upper.maxY())));
        List<Point> railDown = simplify(List.of(new Point(lower.x(), lower.centreY()), new Point(rail, lower.centreY()),
                new Point(rail, gy), new Point(cx, gy), new Point(cx, busY), new Point(stubX, busY),
                new Point(stubX, upper.maxY())));
        // a line to a lower row takes the channel even where a way between the columns is clear:
        // one trunk down the side, not one between each pair of columns
        return List.of(down, railDown, bus, column);
    }

    /** True when the route enters no box but at its two ends and runs along no other trunk's line. */
    private boolean clear(List<Point> route, Request line) {
        Rect from = boxes.get(line.from());
        Rect to = boxes.get(line.to());
        if (portTaken(line.from(), route.get(0), trunkKey(line))
                || portTaken(line.to(), route.get(route.size() - 1), trunkKey(line))) {
            return false;
        }
        for (int i = 1; i < route.size(); i++) {
            Point a = route.get(i - 1);
            Point b = route.get(i);
            if (index.anyCrossing(a, b, line.from(), line.to(), CLEARANCE)
                    || Geometry.entersInterior(a, b, from) || Geometry.entersInterior(a, b, to)
                    || runs.overlapsOther(a, b, trunkKey(line))) {
                return false;
            }
        }
        return true;
    }

    /** The last resort, when boxes wall a body in: a plain elbow between the two. */
    static List<Point> elbow(Rect lower, Rect upper) {
        double midY = (lower.centreY() + upper.centreY()) / 2;
        return simplify(List.of(new Point(lower.centreX(), lower.centreY() > upper.centreY() ? lower.y() : lower.maxY()),
                new Point(lower.centreX(), midY), new Point(upper.centreX(), midY),
                new Point(upper.centreX(), lower.centreY() > upper.centreY() ? upper.maxY() : upper.y())));
    }

    /** Drops repeated points and points in the middle of a straight run. */
    static List<Point> simplify(List<Point> points) {
        List<Point> out = new ArrayList<>();
        for (Point p : points) {
            if (!out.isEmpty() && Geometry.same(out.get(out.size() - 1), p)) {
                continue;
            }
            if (out.size() >= 2) {
                Point a = out.get(out.size() - 2);
                Point b = out.get(out.size() - 1);
                if ((Geometry.near(a.x(), b.x()) && Geometry.near(b.x(), p.x()))
                        || (Geometry.near(a.y(), b.y()) && Geometry.near(b.y(), p.y()))) {
                    out.set(out.size() - 1, p);
                    continue;
                }
            }
            out.add(p);
        }
        return List.copyOf(out);
    }
}
