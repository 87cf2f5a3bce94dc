package org.partnershipatlas.layout;

/** A box on the map, in map units, top-left corner first. */
public record Rect(double x, double y, double width, double height) {
    public double centreX() {
        return x + width / 2;
    }

    public double centreY() {
        return y + height / 2;
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= maxX() && py >= y && py <= maxY();
    }

    public boolean intersects(Rect other) {
        return x < other.maxX() && other.x < maxX() && y < other.maxY() && other.y < maxY();
    }

    public Rect movedTo(double newX, double newY) {
        return new Rect(newX, newY, width, height);
    }

    /** The same box with {@code by} more on every side. */
    public Rect grown(double by) {
        return new Rect(x - by, y - by, width + 2 * by, height + 2 * by);
    }

    /**
     * The box around a line's points, at least one unit wide and high, so a straight line still has
     * an area to test against the part of the map in view.
     */
    public static Rect around(java.util.List<Point> points) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Point p : points) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return new Rect(minX, minY, Math.max(1, maxX - minX), Math.max(1, maxY - minY));
    }
}
