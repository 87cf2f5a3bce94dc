package org.partnershipatlas.layout;

import java.util.List;
import org.partnershipatlas.model.LineKind;

/**
 * What the projector shows for one step of a workshop, laid out on a 1280 x 720 stage (the view
 * scales it to the screen, keeping its shape): boxes for bodies and organisations with their labels
 * already wrapped, the lines between them, and any lines of text. Every label is at least
 * {@link #MIN_FONT} pixels at 1280 x 720, so the back row of a council chamber can read it; what does
 * not fit at that size is gathered into a "+ N more" box rather than shrunk.
 *
 * @param title    the step's title across the top ("Community safety")
 * @param subtitle a line under it ("Step 3 of 9"), or ""
 * @param items    the boxes, each with a key that stays the same from step to step for the same body,
 *                 so the view can move it rather than cut to it
 * @param links    lines between boxes, by key
 * @param text     lines of text under the title (the findings step), or empty
 */
public record WorkshopScene(String title, String subtitle, List<Item> items, List<Link> links, List<String> text) {
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 720;
    /** The smallest label, in pixels at 1280 x 720. */
    public static final double MIN_FONT = 28;
    public static final double TITLE_FONT = 40;

    /** The shape grammar of the map, so classification reads without colour. */
    public enum Shape {
        /** A rectangle with a solid border. */
        PARTNERSHIP,
        /** A rounded pill with a dashed border. */
        NETWORK,
        /** An octagon with a dotted border. */
        WORKING_GROUP,
        /** A rectangle with a dash-dot border. */
        UNCLASSIFIED,
        /** An organisation at the table: a hexagon, as on the map's overlay. */
        ORGANISATION,
        /** Bodies or organisations gathered because they do not fit: a plain box. */
        MORE
    }

    /**
     * One box. {@code bodyId} is set for a body, {@code organisationId} for an organisation.
     *
     * @param details  lines under the label (the spotlight's kind, meetings and, when shown, money)
     * @param oversight true for a partnership needing political oversight (drawn with a star)
     * @param emphasis true for the body in the spotlight
     */
    public record Item(String key, Long bodyId, Long organisationId, Shape shape, List<String> label,
                       List<String> details, Rect rect, double fontSize, boolean oversight, boolean emphasis) {
        public Item {
            label = List.copyOf(label);
            details = List.copyOf(details);
        }
    }

    /**
     * A line from one box to another (the lower body to the one it answers to), with its route around
     * the other boxes from the lower box's edge to the upper one's, as {@link LineRouter} gives it.
     */
    public record Link(String from, String to, LineKind kind, List<Point> route) {
        public Link {
            route = List.copyOf(route);
        }
    }

    public WorkshopScene {
        items = List.copyOf(items);
        links = List.copyOf(links);
        text = List.copyOf(text);
    }

    /** The box for a body, or null when it is not in this scene. */
    public Item itemFor(long bodyId) {
        return items.stream().filter(i -> i.bodyId() != null && i.bodyId() == bodyId).findFirst().orElse(null);
    }

    /** The bodies in the scene, in reading order (row by row, left to right): what Tab cycles through. */
    public List<Long> bodies() {
        return items.stream().filter(i -> i.bodyId() != null)
                .sorted(java.util.Comparator.comparingDouble((Item i) -> i.rect().y()).thenComparingDouble(i -> i.rect().x()))
                .map(Item::bodyId).toList();
    }
}
