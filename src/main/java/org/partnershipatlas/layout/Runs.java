package org.partnershipatlas.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The runs of line already drawn, level ones by height and upright ones by position, each with the
 * trunk it belongs to (the body it leads to and its kind), so a new line can keep off other trunks.
 */
final class Runs {
    /** Two runs closer than this read as one line. */
    static final double APART = 3;

    private record Run(double from, double to, String trunk) {
    }

    private final NavigableMap<Double, List<Run>> level = new TreeMap<>();
    private final NavigableMap<Double, List<Run>> upright = new TreeMap<>();

    void add(List<Point> route, String trunk) {
        for (int i = 1; i < route.size(); i++) {
            Point a = route.get(i - 1);
            Point b = route.get(i);
            if (Geometry.near(a.y(), b.y())) {
                level.computeIfAbsent(a.y(), k -> new ArrayList<>())
                        .add(new Run(Math.min(a.x(), b.x()), Math.max(a.x(), b.x()), trunk));
            } else if (Geometry.near(a.x(), b.x())) {
                upright.computeIfAbsent(a.x(), k -> new ArrayList<>())
                        .add(new Run(Math.min(a.y(), b.y()), Math.max(a.y(), b.y()), trunk));
            }
        }
    }

    /** True when the segment would lie along a run of another trunk. */
    boolean overlapsOther(Point a, Point b, String trunk) {
        if (Geometry.near(a.y(), b.y())) {
            return along(level, a.y(), Math.min(a.x(), b.x()), Math.max(a.x(), b.x()), trunk);
        }
        if (Geometry.near(a.x(), b.x())) {
            return along(upright, a.x(), Math.min(a.y(), b.y()), Math.max(a.y(), b.y()), trunk);
        }
        return false;
    }

    private static boolean along(NavigableMap<Double, List<Run>> runs, double at, double from, double to, String trunk) {
        for (Map.Entry<Double, List<Run>> entry : runs.subMap(at - APART, false, at + APART, false).entrySet()) {
            for (Run run : entry.getValue()) {
                if (!run.trunk().equals(trunk) && Math.min(to, run.to()) - Math.max(from, run.from()) > 1) {
                    return true;
                }
            }
        }
        return false;
    }
}
