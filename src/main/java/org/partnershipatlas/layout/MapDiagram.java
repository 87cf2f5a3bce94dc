package org.partnershipatlas.layout;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnershipatlas.analysis.Oversight;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.model.LineKind;
import org.partnershipatlas.model.MapPosition;
import org.partnershipatlas.model.Theme;

/**
 * Builds the {@link Diagram} of an authority from its bodies, lines and map positions, and works out
 * positions with {@link OrgChartLayout} when asked, and routes every line around the boxes with
 * {@link LineRouter}. Box sizes come from the wrapped names, so the
 * layout never depends on a screen.
 */
public final class MapDiagram {
    /** Box width in map units; names wrap to fit. */
    public static final double BOX_WIDTH = 190;
    static final int CHARS_PER_LINE = 24;
    static final int SHORT_CHARS = 14;
    static final double LINE_HEIGHT = 17;
    static final double PADDING = 14;
    static final double BAND_MARGIN = 26;
    /** The most groups in a column on a profile page's small diagram. */
    static final int PROFILE_COLUMN = 4;

    private MapDiagram() {
    }

    /**
     * Positions for every body from the organisation chart layout, except pinned ones, which stay
     * where the user put them. Bodies without a position yet are laid out with the rest. The seed is
     * kept for callers that vary it; the chart itself has no chance in it.
     */
    public static Map<Long, Point> layout(AuthorityModel model, long seed) {
        Map<Long, Rect> result = chart(model, model.bodies(), Map.of(), OrgChartLayout.COLUMN_LENGTH);
        Map<Long, Point> positions = new HashMap<>();
        result.forEach((id, rect) -> {
            MapPosition saved = model.positionOf(id);
            positions.put(id, saved != null && saved.pinned() ? new Point(saved.x(), saved.y())
                    : new Point(rect.x(), rect.y()));
        });
        return positions;
    }

    /** Which line makes a body's place in the chart: a sub-group sits under its parent before anything else. */
    static int treeWeight(LineKind kind) {
        return switch (kind) {
            case SUB_GROUP_OF -> 0;
            case REPORTS_TO -> 1;
            case COMMISSIONS -> 2;
            case ADVISES -> 3;
        };
    }

    /**
     * The model itself when every body has a map position, else a copy with the missing positions
     * from the layered layout: what an export draws, without changing the document.
     */
    public static AuthorityModel laidOut(AuthorityModel model) {
        if (model.bodies().stream().allMatch(b -> model.positionOf(b.id()) != null)) {
            return model;
        }
        AuthorityModel copy = model.copy();
        List<org.partnershipatlas.model.Change> changes = new ArrayList<>();
        layout(copy, 1).forEach((id, p) -> {
            if (copy.positionOf(id) == null) {
                changes.add(org.partnershipatlas.model.Change.create(new MapPosition(copy.newId(), id, p.x(), p.y(),
                        false)));
            }
        });
        copy.apply(new org.partnershipatlas.model.Edit("Lay out", changes));
        return copy;
    }

    /** Only the given bodies and the lines between them, with bounds around them. */
    public static Diagram subset(Diagram diagram, java.util.Set<Long> bodyIds) {
        List<Diagram.Box> boxes = diagram.boxes().stream().filter(b -> bodyIds.contains(b.bodyId())).toList();
        List<Diagram.Line> lines = diagram.lines().stream()
                .filter(l -> bodyIds.contains(l.fromBodyId()) && bodyIds.contains(l.toBodyId())).toList();
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Diagram.Box box : boxes) {
            minX = Math.min(minX, box.rect().x());
            minY = Math.min(minY, box.rect().y());
            maxX = Math.max(maxX, box.rect().maxX());
            maxY = Math.max(maxY, box.rect().maxY());
        }
        Rect bounds = boxes.isEmpty() ? new Rect(0, 0, 0, 0)
                : new Rect(minX, minY - BAND_MARGIN, maxX - minX, maxY - minY + BAND_MARGIN * 1.5);
        List<Diagram.Band> bands = diagram.bands().stream()
                .filter(b -> b.bottom() > bounds.y() && b.top() < bounds.maxY()).toList();
        return new Diagram(boxes, lines, bands, bounds);
    }

    /**
     * A body in its neighbourhood, drawn small for a profile page as a little organisation chart: the
     * bodies it answers to above, the body, and those answering to it below (groups with nothing under
     * them in columns of up to four with the line at the column's side), each box as on the map and
     * every line routed around the boxes.
     */
    public static Diagram neighbourhood(Diagram whole, long bodyId, List<Long> parents, List<Long> children) {
        Map<Long, Diagram.Box> boxes = new HashMap<>();
        whole.boxes().forEach(b -> boxes.put(b.bodyId(), b));
        Map<Long, Integer> band = new java.util.LinkedHashMap<>();
        parents.forEach(id -> band.put(id, 0));
        band.put(bodyId, 1);
        children.forEach(id -> band.putIfAbsent(id, 2));
        List<Diagram.Line> kept = whole.lines().stream()
                .filter(l -> band.containsKey(l.fromBodyId()) && band.containsKey(l.toBodyId())
                        && (l.fromBodyId() == bodyId || l.toBodyId() == bodyId))
                .toList();
        List<OrgChartLayout.Node> nodes = new ArrayList<>();
        band.forEach((id, b) -> {
            Diagram.Box box = boxes.get(id);
            if (box != null) {
                nodes.add(new OrgChartLayout.Node(id, box.rect().width(), box.rect().height(), b));
            }
        });
        List<OrgChartLayout.Edge> edges = kept.stream()
                .map(l -> new OrgChartLayout.Edge(l.fromBodyId(), l.toBodyId(), treeWeight(l.kind()))).toList();
        Map<Long, Diagram.Box> moved = new HashMap<>();
        List<Diagram.Box> placed = new ArrayList<>();
        OrgChartLayout.layout(nodes, edges, PROFILE_COLUMN).forEach((id, r) -> {
            Diagram.Box box = boxes.get(id);
            Diagram.Box at = new Diagram.Box(id, r, box.classification(), box.label(), box.shortLabel(), box.theme(),
                    box.oversight(), box.warning(), false);
            placed.add(at);
            moved.put(id, at);
        });
        List<Diagram.Line> lines = routed(moved, kept);
        List<Point> drawn = new ArrayList<>();
        for (Diagram.Box box : placed) {
            drawn.add(new Point(box.rect().x(), box.rect().y()));
            drawn.add(new Point(box.rect().maxX(), box.rect().maxY()));
        }
        lines.forEach(line -> drawn.addAll(line.route()));
        return new Diagram(List.copyOf(placed), List.copyOf(lines), List.of(), Rect.around(drawn));
    }

    /**
     * Where a body goes when it has no position: in the nearest free place under the body it answers
     * to (no box overlapping another, so its lines can be routed), else below everything. Nothing
     * else moves.
     */
    public static Point placeNew(AuthorityModel model, Body body) {
        return placeAll(model, List.of(body)).get(body.id());
    }

    /**
     * Places for bodies that have none, as {@link #placeNew} would give each in turn, every one clear
     * of the others: a parent among them is placed before what answers to it. Into a map with no
     * positions yet they get the organisation chart; many at once (an import) go below the map as a
     * chart of their own.
     */
    public static Map<Long, Point> placeAll(AuthorityModel model, java.util.Collection<Body> bodies) {
        Map<Long, Point> placed = new HashMap<>();
        if (bodies.isEmpty()) {
            return placed;
        }
        java.util.Set<Long> wanted = new java.util.HashSet<>();
        bodies.forEach(b -> wanted.add(b.id()));
        List<Rect> taken = new ArrayList<>();
        double bottom = 0;
        for (MapPosition p : model.positions()) {
            Body body = model.body(p.bodyId());
            if (body != null && !wanted.contains(body.id())) {
                Rect r = new Rect(p.x(), p.y(), BOX_WIDTH, height(body));
                taken.add(r.grown(OrgChartLayout.STACK_GAP));
                bottom = Math.max(bottom, r.maxY() + OrgChartLayout.ROW_GAP);
            }
        }
        if (taken.isEmpty() || bodies.size() > MANY_NEW) {
            double top = taken.isEmpty() ? 0 : bottom + OrgChartLayout.BAND_GAP;
            chart(model, bodies, Map.of(), OrgChartLayout.COLUMN_LENGTH)
                    .forEach((id, r) -> placed.put(id, new Point(r.x(), r.y() + top)));
            return placed;
        }
        List<Body> waiting = new ArrayList<>(bodies);
        while (!waiting.isEmpty()) {
            Body next = waiting.stream().filter(b -> parentsReady(model, b, wanted, placed)).findFirst()
                    .orElse(waiting.get(0));
            waiting.remove(next);
            Point at = placeAmong(model, next, taken, bottom, placed);
            placed.put(next.id(), at);
            Rect r = new Rect(at.x(), at.y(), BOX_WIDTH, height(next));
            taken.add(r.grown(OrgChartLayout.STACK_GAP));
            bottom = Math.max(bottom, r.maxY() + OrgChartLayout.ROW_GAP);
        }
        return placed;
    }

    /** More new bodies than this at once are laid out as a chart of their own under the map. */
    static final int MANY_NEW = 200;

    private static boolean parentsReady(AuthorityModel model, Body body, java.util.Set<Long> wanted,
                                        Map<Long, Point> placed) {
        for (AccountabilityLine line : model.linesOf(body.id())) {
            if (line.fromBodyId() == body.id() && wanted.contains(line.toBodyId())
                    && !placed.containsKey(line.toBodyId())) {
                return false;
            }
        }
        return true;
    }

    private static Point placeAmong(AuthorityModel model, Body body, List<Rect> taken, double bottom,
                                    Map<Long, Point> placed) {
        double width = BOX_WIDTH;
        double height = height(body);
        for (AccountabilityLine line : model.linesOf(body.id())) {
            if (line.fromBodyId() != body.id()) {
                continue;
            }
            MapPosition saved = model.positionOf(line.toBodyId());
            Point parent = placed.containsKey(line.toBodyId()) ? placed.get(line.toBodyId())
                    : saved == null ? null : new Point(saved.x(), saved.y());
            if (parent == null) {
                continue;
            }
            double top = parent.y() + height(model.body(line.toBodyId())) + OrgChartLayout.ROW_GAP;
            for (int ring = 0; ring < 40; ring++) {
                for (int side : new int[] {0, 1, -1}) {
                    for (int down = 0; down <= ring; down++) {
                        double x = parent.x() + side * ring * (width + OrgChartLayout.SIBLING_GAP);
                        double y = top + down * (height + OrgChartLayout.STACK_GAP + 10);
                        Rect spot = new Rect(x, y, width, height);
                        if (taken.stream().noneMatch(spot::intersects)) {
                            return new Point(x, y);
                        }
                    }
                    if (ring == 0) {
                        break;
                    }
                }
            }
        }
        return new Point(0, bottom);
    }

    /** The diagram of the model as it now stands; bodies with no position yet are placed by {@link #placeNew}. */
    public static Diagram of(AuthorityModel model) {
        return of(model, null);
    }

    /**
     * As {@link #of(AuthorityModel)}, keeping {@code previous}'s routes when no box has moved or changed
     * size and the lines are the same: an edit to a body's record then costs no routing (0.5 s on
     * 10,000 bodies), while the boxes still show its new name, classification and marks.
     */
    public static Diagram of(AuthorityModel model, Diagram previous) {
        Map<Long, Point> at = new HashMap<>();
        Map<Long, Boolean> pinned = new HashMap<>();
        List<Body> unplaced = new ArrayList<>();
        for (Body body : model.bodies()) {
            MapPosition position = model.positionOf(body.id());
            if (position != null) {
                at.put(body.id(), new Point(position.x(), position.y()));
            } else {
                unplaced.add(body);
            }
            pinned.put(body.id(), position != null && position.pinned());
        }
        at.putAll(placeAll(model, unplaced));
        return build(model, model.bodies(), at, pinned, Map.of(), previous);
    }

    /**
     * Only the given bodies, laid out afresh as a chart of their own (a printed part of the
     * structure): positions on the map are not used, and a body with a note gets it as a last line
     * of its label ("12 bodies below: Part 3").
     */
    public static Diagram alone(AuthorityModel model, java.util.Collection<Long> bodyIds, Map<Long, String> notes,
                                int columnLength) {
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>(bodyIds);
        List<Body> bodies = model.bodies().stream().filter(b -> ids.contains(b.id())).toList();
        Map<Long, Point> at = new HashMap<>();
        chart(model, bodies, notes, columnLength).forEach((id, r) -> at.put(id, new Point(r.x(), r.y())));
        return build(model, bodies, at, Map.of(), notes, null);
    }

    /**
     * The organisation chart of these bodies and the lines between them, each box as tall as its name
     * (and its note, where it has one) needs: what the map and a printed part both lay out.
     */
    private static Map<Long, Rect> chart(AuthorityModel model, java.util.Collection<Body> bodies,
                                         Map<Long, String> notes, int columnLength) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        List<OrgChartLayout.Node> nodes = new ArrayList<>();
        for (Body body : bodies) {
            ids.add(body.id());
            double extra = notes.containsKey(body.id()) ? LINE_HEIGHT : 0;
            nodes.add(new OrgChartLayout.Node(body.id(), BOX_WIDTH, height(body) + extra, body.layer().ordinal()));
        }
        List<OrgChartLayout.Edge> edges = new ArrayList<>();
        for (AccountabilityLine line : model.lines()) {
            if (ids.contains(line.fromBodyId()) && ids.contains(line.toBodyId())) {
                edges.add(new OrgChartLayout.Edge(line.fromBodyId(), line.toBodyId(), treeWeight(line.kind())));
            }
        }
        return OrgChartLayout.layout(nodes, edges, columnLength);
    }

    private static Diagram build(AuthorityModel model, java.util.Collection<Body> bodies, Map<Long, Point> positions,
                                 Map<Long, Boolean> pinnedBodies, Map<Long, String> notes, Diagram previous) {
        List<Theme> themes = new ArrayList<>(model.themes());
        Map<Long, Diagram.Box> boxes = new HashMap<>();
        List<Diagram.Box> ordered = new ArrayList<>();
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        Map<Layer, double[]> bandExtent = new EnumMap<>(Layer.class);
        for (Body body : bodies) {
            Point at = positions.get(body.id());
            String note = notes.get(body.id());
            List<String> label = new ArrayList<>(wrap(body.name()));
            if (note != null) {
                label.add(note);
            }
            Rect rect = new Rect(at.x(), at.y(), BOX_WIDTH, height(body) + (note == null ? 0 : LINE_HEIGHT));
            Diagram.Box box = box(model, themes, body, rect, label, pinnedBodies.getOrDefault(body.id(), false));
            boxes.put(body.id(), box);
            ordered.add(box);
            minX = Math.min(minX, rect.x());
            minY = Math.min(minY, rect.y());
            maxX = Math.max(maxX, rect.maxX());
            maxY = Math.max(maxY, rect.maxY());
            double[] extent = bandExtent.computeIfAbsent(body.layer(), k -> new double[] {Double.MAX_VALUE, -Double.MAX_VALUE});
            extent[0] = Math.min(extent[0], rect.y());
            extent[1] = Math.max(extent[1], rect.maxY());
        }
        List<Diagram.Line> unrouted = new ArrayList<>();
        for (AccountabilityLine line : model.lines()) {
            if (boxes.containsKey(line.fromBodyId()) && boxes.containsKey(line.toBodyId())) {
                unrouted.add(new Diagram.Line(line.id(), line.fromBodyId(), line.toBodyId(), line.kind(), List.of()));
            }
        }
        List<Diagram.Line> lines = sameGeometry(previous, ordered, unrouted) ? previous.lines()
                : routed(boxes, unrouted);
        List<Diagram.Band> bands = new ArrayList<>();
        List<double[]> extents = new ArrayList<>();
        List<Layer> present = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            if (bandExtent.containsKey(layer)) {
                present.add(layer);
                extents.add(bandExtent.get(layer));
            }
        }
        for (int i = 0; i < present.size(); i++) {
            double[] extent = extents.get(i);
            double top = i == 0 ? extent[0] - BAND_MARGIN : (extents.get(i - 1)[1] + extent[0]) / 2;
            double bottom = i == present.size() - 1 ? extent[1] + BAND_MARGIN / 2
                    : (extent[1] + extents.get(i + 1)[0]) / 2;
            bands.add(new Diagram.Band(present.get(i), top, Math.max(top, bottom)));
        }
        for (Diagram.Line line : lines) {
            for (Point p : line.route()) {
                minX = Math.min(minX, p.x());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
        }
        Rect bounds = ordered.isEmpty() ? new Rect(0, 0, 0, 0)
                : new Rect(minX, minY - BAND_MARGIN, maxX - minX, maxY - minY + BAND_MARGIN * 1.5);
        return new Diagram(List.copyOf(ordered), List.copyOf(lines), List.copyOf(bands), bounds);
    }

    /** A body's box at {@code rect} with these label lines: its shape, theme tint and marks as the map shows them. */
    static Diagram.Box box(AuthorityModel model, List<Theme> themes, Body body, Rect rect, List<String> label,
                           boolean pinned) {
        boolean oversight = Oversight.needed(model, body);
        boolean warning = oversight && (body.governance().leadMemberId() == null
                || body.governance().scrutinyCommittee() == null);
        int theme = body.themeIds().isEmpty() ? -1 : themes.indexOf(model.theme(body.themeIds().get(0)));
        return new Diagram.Box(body.id(), rect, body.classification(), List.copyOf(label), shortLabel(body), theme,
                oversight, warning, pinned);
    }

    /** True when the earlier diagram has the same boxes in the same places and sizes and the same lines. */
    private static boolean sameGeometry(Diagram previous, List<Diagram.Box> boxes, List<Diagram.Line> lines) {
        if (previous == null || previous.boxes().size() != boxes.size() || previous.lines().size() != lines.size()) {
            return false;
        }
        for (int i = 0; i < boxes.size(); i++) {
            Diagram.Box was = previous.boxes().get(i);
            if (was.bodyId() != boxes.get(i).bodyId() || !was.rect().equals(boxes.get(i).rect())) {
                return false;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            Diagram.Line was = previous.lines().get(i);
            Diagram.Line now = lines.get(i);
            if (was.lineId() != now.lineId() || was.fromBodyId() != now.fromBodyId() || was.toBodyId() != now.toBodyId()
                    || was.kind() != now.kind()) {
                return false;
            }
        }
        return true;
    }

    /** The lines with routes around the boxes as they stand (see {@link LineRouter}), in the same order. */
    static List<Diagram.Line> routed(Map<Long, Diagram.Box> boxes, List<Diagram.Line> lines) {
        return routed(boxes, lines, LineRouter.Channels.NONE);
    }

    /** As {@link #routed(Map, List)}, lines to a row below others taking the channels beside the rows. */
    static List<Diagram.Line> routed(Map<Long, Diagram.Box> boxes, List<Diagram.Line> lines,
                                     LineRouter.Channels channels) {
        Map<Long, Rect> rects = new java.util.LinkedHashMap<>();
        boxes.forEach((id, box) -> rects.put(id, box.rect()));
        List<LineRouter.Request> requests = lines.stream()
                .map(l -> new LineRouter.Request(l.lineId(), l.fromBodyId(), l.toBodyId(), l.kind())).toList();
        Map<Long, List<Point>> routes = LineRouter.route(rects, requests, channels);
        List<Diagram.Line> out = new ArrayList<>();
        for (Diagram.Line line : lines) {
            List<Point> route = routes.get(line.lineId());
            if (route != null) {
                out.add(new Diagram.Line(line.lineId(), line.fromBodyId(), line.toBodyId(), line.kind(), route));
            }
        }
        return List.copyOf(out);
    }

    /** The short name, or the name cut to fit a small box: what a zoomed-out map can still show. */
    static String shortLabel(Body body) {
        if (body.shortName() != null) {
            return body.shortName();
        }
        return body.name().length() <= SHORT_CHARS ? body.name() : body.name().substring(0, SHORT_CHARS - 1).strip() + "…";
    }

    static double height(Body body) {
        return PADDING * 2 + LINE_HEIGHT * wrap(body.name()).size();
    }

    /** Splits a name into lines of at most {@link #CHARS_PER_LINE} characters, at spaces where it can. */
    public static List<String> wrap(String text) {
        return wrap(text, CHARS_PER_LINE);
    }

    /** Splits text into lines of at most {@code chars} characters, at spaces where it can. */
    static List<String> wrap(String text, int chars) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            while (word.length() > chars) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, chars - 1) + "-");
                word = word.substring(chars - 1);
            }
            if (line.length() + word.length() + (line.isEmpty() ? 0 : 1) > chars && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines.isEmpty() ? List.of("") : lines;
    }
}
