package org.partnershipatlas.layout;

/** A point on the map, in map units. */
public record Point(double x, double y) {
}
