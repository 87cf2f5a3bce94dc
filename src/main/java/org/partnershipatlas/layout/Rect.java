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
}
