package org.partnershipatlas.model;

/**
 * Where a body sits on the map, in map units (top-left corner). {@code pinned} means the user put it
 * there and "Tidy up" leaves it; otherwise it is the last computed layout, kept so that reopening
 * shows the map without laying it out again.
 */
public record MapPosition(long id, long bodyId, double x, double y, boolean pinned) implements Entity {
    @Override
    public String describe() {
        return "the map position of body " + bodyId;
    }
}
