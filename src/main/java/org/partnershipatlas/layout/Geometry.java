package org.partnershipatlas.layout;

import java.util.List;

/**
 * The tests a diagram must pass, in one place so the router, the page painters and the tests agree:
 * whether a segment of a line passes through a box, and whether two runs lie along each other.
 */
public final class Geometry {
    static final double TOLERANCE = 0.5;

    private Geometry() {
    }

    static boolean near(double a, double b) {
        return Math.abs(a - b) < TOLERANCE;
    }

    static boolean same(Point a, Point b) {
        return near(a.x(), b.x()) && near(a.y(), b.y());
    }

    /**
     * True when the segment from {@code a} to {@code b} passes through the inside of {@code box}
     * (touching its edge is not entering it). Works for any segment, not only level or upright ones.
     */
    public static boolean entersInterior(Point a, Point b, Rect box) {
        double x0 = box.x() + TOLERANCE;
        double y0 = box.y() + TOLERANCE;
        double x1 = box.maxX() - TOLERANCE;
        double y1 = box.maxY() - TOLERANCE;
        if (x1 <= x0 || y1 <= y0) {
            return false;
        }
        double t0 = 0;
        double t1 = 1;
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.x() - x0, x1 - a.x(), a.y() - y0, y1 - a.y()};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] <= 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return t1 - t0 > 1e-9;
    }

    /** How many segments of the route pass through a box other than the route's own two ends. */
    public static int boxesCrossed(List<Point> route, Rect from, Rect to, List<Rect> others) {
        int crossed = 0;
        for (int i = 1; i < route.size(); i++) {
            for (Rect box : others) {
                if (box != from && box != to && entersInterior(route.get(i - 1), route.get(i), box)) {
                    crossed++;
                }
            }
        }
        return crossed;
    }

    /** True when two level or upright segments lie along each other for more than a point. */
    public static boolean overlap(Point a, Point b, Point c, Point d) {
        boolean abLevel = near(a.y(), b.y());
        boolean cdLevel = near(c.y(), d.y());
        boolean abUpright = near(a.x(), b.x());
        boolean cdUpright = near(c.x(), d.x());
        if (abLevel && cdLevel && Math.abs(a.y() - c.y()) < 2) {
            return Math.min(Math.max(a.x(), b.x()), Math.max(c.x(), d.x()))
                    - Math.max(Math.min(a.x(), b.x()), Math.min(c.x(), d.x())) > 1;
        }
        if (abUpright && cdUpright && Math.abs(a.x() - c.x()) < 2) {
            return Math.min(Math.max(a.y(), b.y()), Math.max(c.y(), d.y()))
                    - Math.max(Math.min(a.y(), b.y()), Math.min(c.y(), d.y())) > 1;
        }
        return false;
    }

    /** True when a level segment and an upright one cross at a point inside both. */
    public static boolean cross(Point a, Point b, Point c, Point d) {
        double d1 = orient(c, d, a);
        double d2 = orient(c, d, b);
        double d3 = orient(a, b, c);
        double d4 = orient(a, b, d);
        return ((d1 > 1e-9 && d2 < -1e-9) || (d1 < -1e-9 && d2 > 1e-9))
                && ((d3 > 1e-9 && d4 < -1e-9) || (d3 < -1e-9 && d4 > 1e-9));
    }

    private static double orient(Point a, Point b, Point c) {
        return (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
    }
}
