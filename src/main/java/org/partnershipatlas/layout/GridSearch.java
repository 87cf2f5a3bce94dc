package org.partnershipatlas.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A shortest orthogonal path between two boxes around every other box near them: the grid's lines
 * are the boxes' edges (kept {@link LineRouter#CLEARANCE} away), their centres and the middles of the
 * gaps between them, which is enough for a path to exist on the grid whenever one exists at all
 * (the "orthogonal visibility graph" of Wybrow, Marriott and Stuckey, 2009). The cost is length plus a
 * charge for each bend and a heavy charge for running along another trunk's line, so a route turns as
 * little as it can and keeps to its own lane. The search starts near the two boxes and widens the area
 * it looks at until it finds a way.
 */
final class GridSearch {
    private static final double BEND = 24;
    private static final double FOREIGN_RUN = 4_000;
    private static final double SIDE = 60;
    private static final int MAX_CELLS = 6_000_000;
    private static final int[] DX = {1, -1, 0, 0};
    private static final int[] DY = {0, 0, 1, -1};

    private final Map<Long, Rect> boxes;
    private final BoxIndex index;
    private final Runs runs;
    private final long fromId;
    private final long toId;
    private final String trunk;
    private final Point[] startPorts;
    private final Point[] goalPorts;
    /** When set, the search ends on reaching this height from above (a lane under the whole map), not at a box. */
    private double lane = Double.NaN;

    /**
     * @param startPorts where the line may leave the lower box: on its top, bottom, left and right sides
     * @param goalPorts  where it may meet the upper box: on its bottom, top, left and right sides
     */
    GridSearch(Map<Long, Rect> boxes, BoxIndex index, Runs runs, long fromId, long toId, String trunk,
               Point[] startPorts, Point[] goalPorts) {
        this.startPorts = startPorts;
        this.goalPorts = goalPorts;
        this.boxes = boxes;
        this.index = index;
        this.runs = runs;
        this.fromId = fromId;
        this.toId = toId;
        this.trunk = trunk;
    }

    /**
     * A way from the lower box's edge straight down onto the lane at height {@code y}, below every box,
     * searched in a window around the box that widens until it finds one; null when none is found
     * within {@code widest} of the box. The route ends with an upright run onto the lane.
     */
    List<Point> toLane(double y, double widest) {
        lane = y;
        Rect from = boxes.get(fromId);
        double margin = 400;
        while (margin <= widest) {
            Rect window = new Rect(from.x() - margin, from.y() - margin, from.width() + 2 * margin,
                    y + 1 - (from.y() - margin));
            List<Point> found = search(window);
            if (found != null) {
                return found;
            }
            margin *= 3;
        }
        return null;
    }

    /** The route from the lower box's edge to the upper box's edge, or null when the boxes wall it in. */
    List<Point> find() {
        Rect from = boxes.get(fromId);
        Rect to = boxes.get(toId);
        Rect pair = union(from, to);
        Rect all = index.bounds().grown(4 * LineRouter.CLEARANCE + 40);
        double margin = 160;
        while (true) {
            Rect window = clip(pair.grown(margin), all);
            List<Point> found = search(window);
            if (found != null) {
                return found;
            }
            if (window.x() <= all.x() && window.y() <= all.y() && window.maxX() >= all.maxX()
                    && window.maxY() >= all.maxY()) {
                return null;
            }
            margin *= 3;
        }
    }

    private static Rect union(Rect a, Rect b) {
        double x = Math.min(a.x(), b.x());
        double y = Math.min(a.y(), b.y());
        return new Rect(x, y, Math.max(a.maxX(), b.maxX()) - x, Math.max(a.maxY(), b.maxY()) - y);
    }

    private static Rect clip(Rect r, Rect limit) {
        double x = Math.max(r.x(), limit.x());
        double y = Math.max(r.y(), limit.y());
        double maxX = Math.min(r.maxX(), limit.maxX());
        double maxY = Math.min(r.maxY(), limit.maxY());
        return new Rect(x, y, Math.max(1, maxX - x), Math.max(1, maxY - y));
    }

    private List<Point> search(Rect window) {
        double c = LineRouter.CLEARANCE;
        Rect from = boxes.get(fromId);
        Rect to = boxes.get(toId);
        List<Long> near = index.within(window);
        Coordinates xs = new Coordinates();
        Coordinates ys = new Coordinates();
        xs.add(window.x());
        xs.add(window.maxX());
        ys.add(window.y());
        ys.add(window.maxY());
        List<Rect> obstacles = new ArrayList<>();
        for (long id : near) {
            Rect r = boxes.get(id);
            Rect grown = id == fromId || id == toId ? r : r.grown(c);
            obstacles.add(grown);
            xs.add(grown.x());
            xs.add(grown.maxX());
            xs.add(r.centreX());
            ys.add(grown.y());
            ys.add(grown.maxY());
            ys.add(r.centreY());
        }
        for (Rect end : List.of(from, to)) {
            xs.add(end.x() - c);
            xs.add(end.maxX() + c);
            ys.add(end.y() - c);
            ys.add(end.maxY() + c);
        }
        for (Point[] ports : List.of(startPorts, goalPorts)) {
            for (Point p : ports) {
                if (p != null) {
                    xs.add(p.x());
                    ys.add(p.y());
                }
            }
        }
        boolean toLane = !Double.isNaN(lane);
        if (toLane) {
            ys.add(lane);
        }
        double[] gx = xs.withMiddles(window.x(), window.maxX());
        double[] gy = ys.withMiddles(window.y(), window.maxY());
        int nx = gx.length;
        int ny = gy.length;
        if ((long) nx * ny > MAX_CELLS) {
            return null;
        }
        boolean[] blocked = new boolean[nx * ny];
        for (Rect o : obstacles) {
            int i0 = firstAbove(gx, o.x());
            int j0 = firstAbove(gy, o.y());
            for (int i = i0; i < nx && gx[i] < o.maxX() - Geometry.TOLERANCE; i++) {
                for (int j = j0; j < ny && gy[j] < o.maxY() - Geometry.TOLERANCE; j++) {
                    blocked[j * nx + i] = true;
                }
            }
        }
        // starts and goals: a short stub out of each side of the two boxes, the side facing the other box first
        boolean upward = !toLane && from.centreY() > to.centreY();
        Point[] sp = startPorts;
        Point[] gp = goalPorts;
        // a side with no free place for this line (another kind's line meets it there) is not offered
        int[] starts = {port(gx, gy, sp[0], 0, -c), port(gx, gy, sp[1], 0, c), port(gx, gy, sp[2], -c, 0),
            port(gx, gy, sp[3], c, 0)};
        int[] startDir = {3, 2, 1, 0};
        double[] startCost = {upward ? 0 : SIDE, upward ? SIDE : 0, SIDE, SIDE};
        int[] goals = {port(gx, gy, gp[0], 0, c), port(gx, gy, gp[1], 0, -c), port(gx, gy, gp[2], -c, 0),
            port(gx, gy, gp[3], c, 0)};
        int[] goalDir = {3, 2, 0, 1};
        double[] goalCost = {upward ? 0 : SIDE, upward ? SIDE : 0, SIDE, SIDE};
        int states = nx * ny * 4;
        float[] g = new float[states];
        Arrays.fill(g, Float.POSITIVE_INFINITY);
        int[] previous = new int[states];
        Heap open = new Heap();
        for (int s = 0; s < 4; s++) {
            int node = starts[s];
            if (node < 0 || blocked[node]) {
                continue;
            }
            int state = node * 4 + startDir[s];
            float cost = (float) (c + startCost[s]);
            if (cost < g[state]) {
                g[state] = cost;
                previous[state] = -1 - s;
                open.push(state, cost + (toLane ? Math.abs(lane - gy[node / nx]) : heuristic(gx, gy, node, nx, goals)));
            }
        }
        int best = -1;
        double bestCost = Double.POSITIVE_INFINITY;
        int bestGoal = -1;
        while (!open.isEmpty()) {
            double f = open.peekKey();
            if (f >= bestCost) {
                break;
            }
            int state = open.pop();
            int node = state / 4;
            int dir = state % 4;
            double here = g[state];
            if (here + (toLane ? Math.abs(lane - gy[node / nx]) : heuristic(gx, gy, node, nx, goals)) > f + 1e-3) {
                continue;
            }
            if (toLane && Math.abs(gy[node / nx] - lane) < Geometry.TOLERANCE && dir == 2) {
                if (here < bestCost) {
                    bestCost = here;
                    best = state;
                    bestGoal = -1;
                }
                continue;
            }
            for (int k = 0; k < 4 && !toLane; k++) {
                if (goals[k] == node) {
                    double total = here + c + goalCost[k] + (dir == goalDir[k] ? 0 : BEND);
                    if (total < bestCost) {
                        bestCost = total;
                        best = state;
                        bestGoal = k;
                    }
                }
            }
            int i = node % nx;
            int j = node / nx;
            for (int d = 0; d < 4; d++) {
                if ((d ^ 1) == dir && previous[state] >= 0) {
                    continue;
                }
                int ni = i + DX[d];
                int nj = j + DY[d];
                if (ni < 0 || nj < 0 || ni >= nx || nj >= ny) {
                    continue;
                }
                int next = nj * nx + ni;
                if (blocked[next]) {
                    continue;
                }
                Point a = new Point(gx[i], gy[j]);
                Point b = new Point(gx[ni], gy[nj]);
                double step = Math.abs(gx[ni] - gx[i]) + Math.abs(gy[nj] - gy[j]);
                if (runs.overlapsOther(a, b, trunk)) {
                    step += FOREIGN_RUN;
                }
                double cost = here + step + (d == dir ? 0 : BEND);
                int ns = next * 4 + d;
                if (cost < g[ns]) {
                    g[ns] = (float) cost;
                    previous[ns] = state;
                    open.push(ns, cost + (toLane ? Math.abs(lane - gy[next / nx]) : heuristic(gx, gy, next, nx, goals)));
                }
            }
        }
        if (best < 0) {
            return null;
        }
        List<Point> path = new ArrayList<>();
        if (bestGoal >= 0) {
            path.add(goalPorts[bestGoal]);
        }
        int state = best;
        int startSide = -1;
        while (true) {
            int node = state / 4;
            path.add(new Point(gx[node % nx], gy[node / nx]));
            int prev = previous[state];
            if (prev < 0) {
                startSide = -1 - prev;
                break;
            }
            state = prev;
        }
        path.add(startPorts[startSide]);
        java.util.Collections.reverse(path);
        return LineRouter.simplify(path);
    }

    private static double heuristic(double[] gx, double[] gy, int node, int nx, int[] goals) {
        double x = gx[node % nx];
        double y = gy[node / nx];
        double best = Double.POSITIVE_INFINITY;
        for (int goal : goals) {
            if (goal >= 0) {
                best = Math.min(best, Math.abs(gx[goal % nx] - x) + Math.abs(gy[goal / nx] - y));
            }
        }
        return best;
    }

    /** The grid node a stub's length out from a port, or -1 where the side has no port for this line. */
    private static int port(double[] gx, double[] gy, Point port, double dx, double dy) {
        return port == null ? -1 : at(gx, gy, port.x() + dx, port.y() + dy);
    }

    private static int at(double[] gx, double[] gy, double x, double y) {
        int i = nearest(gx, x);
        int j = nearest(gy, y);
        if (i < 0 || j < 0) {
            return -1;
        }
        return j * gx.length + i;
    }

    private static int nearest(double[] sorted, double v) {
        int i = Arrays.binarySearch(sorted, v);
        if (i >= 0) {
            return i;
        }
        i = -i - 1;
        if (i < sorted.length && sorted[i] - v < 1) {
            return i;
        }
        if (i > 0 && v - sorted[i - 1] < 1) {
            return i - 1;
        }
        return -1;
    }

    private static int firstAbove(double[] sorted, double v) {
        int i = Arrays.binarySearch(sorted, v);
        if (i >= 0) {
            while (i < sorted.length && sorted[i] <= v + Geometry.TOLERANCE) {
                i++;
            }
            return i;
        }
        i = -i - 1;
        while (i < sorted.length && sorted[i] <= v + Geometry.TOLERANCE) {
            i++;
        }
        return i;
    }

    /** Grid coordinates, sorted and without near-repeats; the middle of each wide gap added. */
    private static final class Coordinates {
        private double[] values = new double[64];
        private int size;

        void add(double v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        double[] withMiddles(double min, double max) {
            double[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            double[] out = new double[size * 2];
            int n = 0;
            for (double v : sorted) {
                if (v < min || v > max) {
                    continue;
                }
                if (n > 0 && v - out[n - 1] < Geometry.TOLERANCE) {
                    continue;
                }
                if (n > 0 && v - out[n - 1] > 4 * LineRouter.CLEARANCE) {
                    out[n] = (out[n - 1] + v) / 2;
                    n++;
                }
                out[n++] = v;
            }
            return Arrays.copyOf(out, n);
        }
    }

    /** A binary heap of search states by their estimated total cost. */
    private static final class Heap {
        private int[] items = new int[256];
        private double[] keys = new double[256];
        private int size;

        boolean isEmpty() {
            return size == 0;
        }

        double peekKey() {
            return keys[0];
        }

        void push(int item, double key) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
                keys = Arrays.copyOf(keys, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (keys[parent] <= key) {
                    break;
                }
                items[i] = items[parent];
                keys[i] = keys[parent];
                i = parent;
            }
            items[i] = item;
            keys[i] = key;
        }

        int pop() {
            int top = items[0];
            size--;
            int item = items[size];
            double key = keys[size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && keys[child + 1] < keys[child]) {
                    child++;
                }
                if (keys[child] >= key) {
                    break;
                }
                items[i] = items[child];
                keys[i] = keys[child];
                i = child;
            }
            items[i] = item;
            keys[i] = key;
            return top;
        }
    }
}
