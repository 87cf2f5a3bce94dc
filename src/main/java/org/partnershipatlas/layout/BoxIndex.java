package org.partnershipatlas.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The boxes bucketed by area, so asking what lies near a line costs the boxes near it, not all of them. */
final class BoxIndex {
    private static final double CELL = 320;
    private final Map<Long, Rect> boxes;
    private final Map<Long, List<Long>> cells = new HashMap<>();
    private final Rect bounds;

    BoxIndex(Map<Long, Rect> boxes) {
        this.boxes = boxes;
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Map.Entry<Long, Rect> entry : boxes.entrySet()) {
            Rect r = entry.getValue();
            for (int cx = cell(r.x()); cx <= cell(r.maxX()); cx++) {
                for (int cy = cell(r.y()); cy <= cell(r.maxY()); cy++) {
                    cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(entry.getKey());
                }
            }
            minX = Math.min(minX, r.x());
            minY = Math.min(minY, r.y());
            maxX = Math.max(maxX, r.maxX());
            maxY = Math.max(maxY, r.maxY());
        }
        bounds = boxes.isEmpty() ? new Rect(0, 0, 0, 0) : new Rect(minX, minY, maxX - minX, maxY - minY);
    }

    Rect bounds() {
        return bounds;
    }

    private static int cell(double v) {
        return (int) Math.floor(v / CELL);
    }

    private static long key(int cx, int cy) {
        return ((long) cx << 32) ^ (cy & 0xffffffffL);
    }

    /** The ids of the boxes that touch the area. */
    List<Long> within(Rect area) {
        List<Long> found = new ArrayList<>();
        forEachNear(area, id -> {
            if (boxes.get(id).intersects(area)) {
                found.add(id);
            }
        });
        return found;
    }

    /** True when the segment passes within {@code clearance} of a box other than the two skipped. */
    boolean anyCrossing(Point a, Point b, long skip1, long skip2, double clearance) {
        boolean[] crossed = {false};
        forEachNear(Rect.around(List.of(a, b)).grown(clearance + 1), id -> {
            if (!crossed[0] && id != skip1 && id != skip2
                    && Geometry.entersInterior(a, b, boxes.get(id).grown(clearance))) {
                crossed[0] = true;
            }
        });
        return crossed[0];
    }

    /** How many boxes, other than the two skipped, the segment passes through the inside of. */
    int crossings(Point a, Point b, long skip1, long skip2) {
        int[] crossed = {0};
        forEachNear(Rect.around(List.of(a, b)).grown(1), id -> {
            if (id != skip1 && id != skip2 && Geometry.entersInterior(a, b, boxes.get(id))) {
                crossed[0]++;
            }
        });
        return crossed[0];
    }

    /** Each box in the cells the area covers, once. */
    private void forEachNear(Rect area, java.util.function.LongConsumer action) {
        Set<Long> seen = new HashSet<>();
        for (int cx = cell(area.x()); cx <= cell(area.maxX()); cx++) {
            for (int cy = cell(area.y()); cy <= cell(area.maxY()); cy++) {
                for (long id : cells.getOrDefault(key(cx, cy), List.of())) {
                    if (seen.add(id)) {
                        action.accept(id);
                    }
                }
            }
        }
    }
}
