package org.partnershipatlas.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the places where drawn lines cross one another, and lines drawn through boxes, for
 * {@code atlas bench}: ours against Graphviz dot's on the same structure. Segments are bucketed by area, so ten thousand lines cost
 * the pairs near each other, not every pair.
 */
public final class LineCrossings {
    private static final double CELL = 400;

    private LineCrossings() {
    }

    /** Crossings between segments of different polylines (touching at an end is not a crossing). */
    public static int count(List<List<Point>> polylines) {
        Map<Long, List<int[]>> cells = new HashMap<>();
        List<Point[]> segments = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int p = 0; p < polylines.size(); p++) {
            List<Point> line = polylines.get(p);
            for (int i = 1; i < line.size(); i++) {
                int s = segments.size();
                segments.add(new Point[] {line.get(i - 1), line.get(i)});
                owner.add(p);
                Rect box = Rect.around(List.of(line.get(i - 1), line.get(i)));
                for (long cx = cell(box.x()); cx <= cell(box.maxX()); cx++) {
                    for (long cy = cell(box.y()); cy <= cell(box.maxY()); cy++) {
                        cells.computeIfAbsent(cx * 1_000_003L + cy, k -> new ArrayList<>()).add(new int[] {s});
                    }
                }
            }
        }
        java.util.Set<Long> counted = new java.util.HashSet<>();
        int crossings = 0;
        for (List<int[]> bucket : cells.values()) {
            for (int i = 0; i < bucket.size(); i++) {
                for (int j = i + 1; j < bucket.size(); j++) {
                    int a = bucket.get(i)[0];
                    int b = bucket.get(j)[0];
                    if (owner.get(a).equals(owner.get(b))) {
                        continue;
                    }
                    Point[] sa = segments.get(a);
                    Point[] sb = segments.get(b);
                    if (Geometry.cross(sa[0], sa[1], sb[0], sb[1])
                            && counted.add(Math.min(a, b) * 10_000_019L + Math.max(a, b))) {
                        crossings++;
                    }
                }
            }
        }
        return crossings;
    }

    /**
     * Segments passing through the inside of a box other than the two their line joins (the boxes
     * indexed by area, so ten thousand lines cost the boxes near each segment).
     */
    public static int throughBoxes(Diagram diagram) {
        Map<Long, Rect> rects = new HashMap<>();
        diagram.boxes().forEach(b -> rects.put(b.bodyId(), b.rect()));
        BoxIndex index = new BoxIndex(rects);
        int crossed = 0;
        for (Diagram.Line line : diagram.lines()) {
            List<Point> route = line.route();
            for (int i = 1; i < route.size(); i++) {
                crossed += index.crossings(route.get(i - 1), route.get(i), line.fromBodyId(), line.toBodyId());
            }
        }
        return crossed;
    }

    private static long cell(double v) {
        return (long) Math.floor(v / CELL);
    }
}
