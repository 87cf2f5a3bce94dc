package org.partnershipatlas.layout;

import java.util.ArrayList;
import java.util.List;
import org.partnershipatlas.layout.WorkshopScene.Item;
import org.partnershipatlas.layout.WorkshopScene.Shape;

/**
 * Lays boxes out in rows for the projector: each band of boxes (say, the executive partnerships, or
 * the organisations at the table) in rows of a few wide boxes, labels wrapped to fit at the projector's
 * type size. When the bands do not fit the stage, the band with most rows gives one up and its
 * last box becomes "+ N more", until they fit; type is never made smaller than legible.
 */
final class SceneRows {
    static final double MARGIN = 40;
    /** Between boxes, and between rows: room for a line to run between them and its arrow to stand. */
    static final double GAP = 30;
    static final double PAD = 10;
    static final double LINE = 1.2;
    /** A generous average glyph width, as a share of the type size, for a sans-serif face. */
    static final double GLYPH = 0.56;
    static final int MAX_LINES = 3;

    /** A box before it has a place. */
    record Pending(String key, Long bodyId, Long organisationId, Shape shape, String text, boolean oversight,
                   String detail) {
        Pending(String key, Long bodyId, Long organisationId, Shape shape, String text, boolean oversight) {
            this(key, bodyId, organisationId, shape, text, oversight, null);
        }

        int lines(int chars) {
            return wrap(text, chars(chars)).size() + (detail == null ? 0 : 1);
        }

        /** A hexagon's slanted sides leave less room for text than a box's. */
        int chars(int inBox) {
            return shape == Shape.ORGANISATION ? Math.max(6, (int) (inBox * 0.74)) : inBox;
        }
    }

    /** Boxes that sit together, in rows of at most {@code columns}, with at most {@code rows} rows. */
    static final class Band {
        final List<Pending> items;
        final int columns;
        int rows;
        final String moreWhat;
        /** When even one row does not fit: the whole band as one "+ N more" box. */
        boolean collapsed;

        Band(List<Pending> items, int columns, int rows, String moreWhat) {
            this.items = items;
            this.columns = columns;
            this.rows = Math.max(1, Math.min(rows, (items.size() + columns - 1) / Math.max(columns, 1)));
            this.moreWhat = moreWhat;
        }

        int rowsNeeded() {
            return collapsed ? 1 : Math.min(rows, (items.size() + columns - 1) / columns);
        }
    }

    private SceneRows() {
    }

    /** Places the bands from {@code top} down, fitting them above {@code bottom}. */
    static List<Item> place(List<Band> bands, double top, double bottom, double font) {
        List<Band> used = bands.stream().filter(b -> !b.items.isEmpty()).toList();
        while (true) {
            double height = 0;
            for (Band band : used) {
                height += bandHeight(band, font) + GAP;
            }
            if (height - GAP <= bottom - top) {
                break;
            }
            Band lowest = null;
            for (Band band : used) {
                if (band.rowsNeeded() > 1) {
                    lowest = band;
                }
            }
            if (lowest != null) {
                lowest.rows = lowest.rowsNeeded() - 1;
                continue;
            }
            Band last = null;
            for (Band band : used) {
                if (!band.collapsed && band.items.size() > 1) {
                    last = band;
                }
            }
            if (last == null) {
                break;
            }
            last.collapsed = true;
        }
        List<Item> items = new ArrayList<>();
        double y = top;
        for (Band band : used) {
            List<Pending> shown = shown(band);
            double width = boxWidth(band.columns);
            for (int r = 0; r * band.columns < shown.size(); r++) {
                List<Pending> row = shown.subList(r * band.columns, Math.min(shown.size(), (r + 1) * band.columns));
                int lines = row.stream().mapToInt(p -> p.lines(charsIn(width, font))).max().orElse(1);
                double height = lines * font * LINE + 2 * PAD;
                double rowWidth = row.size() * width + (row.size() - 1) * GAP;
                double x = (WorkshopScene.WIDTH - rowWidth) / 2;
                for (Pending p : row) {
                    items.add(new Item(p.key(), p.bodyId(), p.organisationId(), p.shape(),
                            wrap(p.text(), p.chars(charsIn(width, font))), p.detail() == null ? List.of() : List.of(p.detail()),
                            new Rect(x, y, width, height), font, p.oversight(), false));
                    x += width + GAP;
                }
                y += height + GAP;
            }
        }
        return items;
    }

    private static List<Pending> shown(Band band) {
        if (band.collapsed) {
            return List.of(new Pending("more-" + band.moreWhat, null, null, Shape.MORE, "+ " + band.items.size() + " "
                    + band.moreWhat, false));
        }
        int room = band.rows * band.columns;
        if (band.items.size() <= room) {
            return band.items;
        }
        List<Pending> shown = new ArrayList<>(band.items.subList(0, room - 1));
        int more = band.items.size() - (room - 1);
        shown.add(new Pending("more-" + band.moreWhat, null, null, Shape.MORE, "+ " + more + " more " + band.moreWhat,
                false));
        return shown;
    }

    private static double bandHeight(Band band, double font) {
        double width = boxWidth(band.columns);
        List<Pending> shown = shown(band);
        double height = 0;
        for (int r = 0; r * band.columns < shown.size(); r++) {
            List<Pending> row = shown.subList(r * band.columns, Math.min(shown.size(), (r + 1) * band.columns));
            int lines = row.stream().mapToInt(p -> p.lines(charsIn(width, font))).max().orElse(1);
            height += lines * font * LINE + 2 * PAD + (r > 0 ? GAP : 0);
        }
        return height;
    }

    static double boxWidth(int columns) {
        return (WorkshopScene.WIDTH - 2 * MARGIN - (columns - 1) * GAP) / columns;
    }

    static int charsIn(double width, double font) {
        return Math.max(6, (int) Math.floor((width - 2 * PAD) / (font * GLYPH)));
    }

    /** Words in lines of at most {@code chars} (as on the map), at most three lines, the last ending "…" if cut. */
    static List<String> wrap(String text, int chars) {
        List<String> lines = MapDiagram.wrap(text.strip(), chars);
        if (lines.size() > MAX_LINES) {
            List<String> cut = new ArrayList<>(lines.subList(0, MAX_LINES));
            String last = cut.get(MAX_LINES - 1);
            cut.set(MAX_LINES - 1, (last.length() >= chars ? last.substring(0, chars - 1) : last) + "\u2026");
            return cut;
        }
        return lines;
    }
}
