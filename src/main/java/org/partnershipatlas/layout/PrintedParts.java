package org.partnershipatlas.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnershipatlas.model.AccountabilityLine;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.model.Text;

/**
 * The structure cut into parts that each print whole on one page at a readable size, by structure
 * rather than by a grid: first the top of the structure (as deep as fits), where a body whose groups
 * are on a later part says how many there are and which part; then one part for each such body with
 * its own subtree, laid out for that page alone, cut again the same way where it is still too large.
 * A part never cuts a box: each is laid out anew. Lines to a body on another part are listed as notes
 * naming that part. Pure: the same model, scope and room give the same parts.
 */
public final class PrintedParts {
    /** One page's diagram: its title, the diagram laid out for it, and its lines to other parts in words. */
    public record Part(int number, String title, Diagram diagram, List<String> notes) {
    }

    private final AuthorityModel model;
    private final Set<Long> scope;
    private final double roomWidth;
    private final double roomHeight;
    private final Map<Long, Long> parent = new HashMap<>();
    private final Map<Long, List<Long>> children = new LinkedHashMap<>();
    private final List<Planned> planned = new ArrayList<>();
    private final Map<Long, Integer> partOf = new HashMap<>();
    private final Map<Long, Integer> continuedOn = new HashMap<>();
    /** The most groups stacked in a column on this page: as many as its height holds. */
    private final int columnLength;
    /** Past this many bodies a page is full enough: no more levels are tried on it. */
    static final int MOST_ON_A_PAGE = 60;
    /** The diagram of {@link #whole}, drawn instead of a part's own layout. */
    private Diagram onePage;
    /** The column length found to fit for each set of bodies tried. */
    private final Map<Set<Long>, Integer> columns = new HashMap<>();

    private record Planned(String title, List<Long> roots, Set<Long> bodies, Set<Long> continued) {
    }

    private PrintedParts(AuthorityModel model, Set<Long> scope, double roomWidth, double roomHeight) {
        this.model = model;
        this.scope = scope;
        this.roomWidth = roomWidth;
        this.roomHeight = roomHeight;
        this.columnLength = Math.max(2, Math.min(OrgChartLayout.COLUMN_LENGTH,
                (int) ((roomHeight - 2 * OrgChartLayout.ROW_GAP - 80) / (64 + OrgChartLayout.STACK_GAP))));
    }

    /**
     * The parts for the bodies in {@code scope}, each fitting {@code roomWidth} by {@code roomHeight}
     * map units where that can be done; one part when the whole structure fits.
     */
    public static List<Part> plan(AuthorityModel model, Set<Long> scope, double roomWidth, double roomHeight) {
        // the same parts whatever order the bodies come in: by layer, then name
        Set<Long> ordered = new LinkedHashSet<>();
        scope.stream().map(model::body).filter(java.util.Objects::nonNull)
                .sorted(Comparator.comparing(Body::layer).thenComparing(Body::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(Body::id))
                .forEach(b -> ordered.add(b.id()));
        PrintedParts parts = new PrintedParts(model, ordered, roomWidth, roomHeight);
        parts.chooseParents();
        List<Long> roots = parts.scope.stream().filter(id -> !parts.parent.containsKey(id)).toList();
        parts.cut("Overview", roots);
        return parts.draw();
    }

    /**
     * The whole scope as one part drawn with {@code diagram} (the structure arranged for one page, see
     * {@link OnePageChart}), with its lines to bodies outside the scope as notes.
     */
    public static Part whole(AuthorityModel model, Set<Long> scope, Diagram diagram) {
        PrintedParts parts = new PrintedParts(model, new LinkedHashSet<>(scope), 0, 0);
        parts.chooseParents();
        parts.planned.add(new Planned("The whole structure", List.of(), parts.scope, Set.of()));
        parts.scope.forEach(id -> parts.partOf.put(id, 0));
        parts.onePage = diagram;
        return parts.draw().get(0);
    }

    /** Each body's parent within the scope, as the map's chart chooses it. */
    private void chooseParents() {
        Map<Long, Integer> bands = new HashMap<>();
        scope.forEach(id -> bands.put(id, model.body(id).layer().ordinal()));
        List<OrgChartLayout.Edge> edges = model.lines().stream().map(l -> new OrgChartLayout.Edge(l.fromBodyId(),
                l.toBodyId(), MapDiagram.treeWeight(l.kind()))).toList();
        parent.putAll(OrgChartLayout.parents(bands, edges));
        for (long id : scope) {
            Long up = parent.get(id);
            if (up != null) {
                children.computeIfAbsent(up, k -> new ArrayList<>()).add(id);
            }
        }
    }

    private List<Long> kids(long id) {
        return children.getOrDefault(id, List.of());
    }

    /**
     * Plans a part holding {@code roots} and as many levels below them as fit the page (at least the
     * roots' own children); each body at the cut with more beneath it heads a part of its own. The
     * first part is the overview: the strategic and executive layers when they fit a page.
     */
    private void cut(String title, List<Long> roots) {
        int index = planned.size();
        planned.add(null);
        Set<Long> bodies = null;
        Set<Long> continued = null;
        if (index == 0) {
            Set<Long> top = new LinkedHashSet<>();
            for (long id : scope) {
                if (model.body(id).layer() != Layer.OPERATIONAL || !parent.containsKey(id) && kids(id).isEmpty()) {
                    top.add(id);
                }
            }
            Set<Long> heads = new LinkedHashSet<>();
            for (long id : top) {
                if (kids(id).stream().anyMatch(k -> !top.contains(k))) {
                    heads.add(id);
                }
            }
            boolean closed = top.stream().allMatch(id -> !parent.containsKey(id) || top.contains(parent.get(id)));
            if (top.size() < scope.size() && closed && fits(top, heads)) {
                bodies = top;
                continued = heads;
            }
        }
        if (bodies == null && roots.size() == 1 && !fitsToDepth(roots, 1)) {
            chunk(title, roots.get(0), index);
            return;
        }
        if (bodies == null && roots.size() > 1 && !fitsToDepth(roots, 1)) {
            // many bodies answering to nothing (a flat list): as many to a page as fit
            planned.remove(index);
            continueAll(roots);
            return;
        }
        for (int depth = 1; bodies == null; depth++) {
            Set<Long> tryBodies = new LinkedHashSet<>();
            Set<Long> tryContinued = new LinkedHashSet<>();
            boolean deeper = collect(roots, depth, tryBodies, tryContinued);
            if (depth > 1 && !fits(tryBodies, tryContinued)) {
                collect(roots, depth - 1, tryBodies = new LinkedHashSet<>(), tryContinued = new LinkedHashSet<>());
                deeper = false;
            }
            if (!deeper) {
                bodies = tryBodies;
                continued = tryContinued;
            }
        }
        if (index > 0) {
            Set<Long>[] grown = deepen(bodies, continued);
            bodies = grown[0];
            continued = grown[1];
        }
        continued = readingOrder(bodies, continued);
        planned.set(index, new Planned(title, roots, bodies, continued));
        for (long id : bodies) {
            partOf.putIfAbsent(id, index);
        }
        continueAll(continued);
    }

    /**
     * Plans the parts for bodies whose groups did not fit: neighbours whose whole subtrees fit one page
     * together share it; a body whose subtree is too large for a page is cut on a part of its own.
     */
    private void continueAll(java.util.Collection<Long> continued) {
        List<Long> group = new ArrayList<>();
        for (long id : continued) {
            List<Long> alone = List.of(id);
            if (!wholeFits(alone)) {
                shared(group);
                group = new ArrayList<>();
                continuedOn.put(id, planned.size());
                cut(model.body(id).name(), alone);
                continue;
            }
            List<Long> wider = new ArrayList<>(group);
            wider.add(id);
            if (!group.isEmpty() && !wholeFits(wider)) {
                shared(group);
                group = new ArrayList<>();
            }
            group.add(id);
        }
        shared(group);
    }

    /** True when these bodies and everything under them not yet drawn fit one page. */
    private boolean wholeFits(List<Long> roots) {
        Set<Long> bodies = new LinkedHashSet<>();
        Set<Long> continued = new LinkedHashSet<>();
        collect(roots, Integer.MAX_VALUE, bodies, continued);
        return continued.isEmpty() && fits(bodies, continued);
    }

    /** One part for whole subtrees that fit a page together. */
    private void shared(List<Long> roots) {
        if (roots.isEmpty()) {
            return;
        }
        Set<Long> bodies = new LinkedHashSet<>();
        collect(roots, Integer.MAX_VALUE, bodies, new LinkedHashSet<>());
        int index = planned.size();
        List<String> names = roots.stream().map(this::name).toList();
        String title = names.size() == 1 ? names.get(0) : names.size() <= 3
                ? String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1)
                : names.get(0) + ", " + names.get(1) + " and " + (names.size() - 2) + " more";
        planned.add(new Planned(title, List.copyOf(roots), bodies, Set.of()));
        for (long id : roots) {
            continuedOn.put(id, index);
        }
        for (long id : bodies) {
            partOf.putIfAbsent(id, index);
        }
    }

    private boolean fitsToDepth(List<Long> roots, int depth) {
        Set<Long> bodies = new LinkedHashSet<>();
        Set<Long> continued = new LinkedHashSet<>();
        collect(roots, depth, bodies, continued);
        return fits(bodies, continued);
    }

    /**
     * A body with more bodies directly under it than one page holds side by side: the body on each of
     * several parts, with as many of them as fit on each ("1 of 2").
     */
    private void chunk(String title, long root, int index) {
        List<Long> all = kids(root).stream().filter(k -> !partOf.containsKey(k)).toList();
        // the groups with nothing under them stay together (they stand in columns); the rest one by one
        List<List<Long>> units = new ArrayList<>();
        List<Long> leaves = all.stream().filter(k -> kids(k).isEmpty()).toList();
        if (!leaves.isEmpty()) {
            units.add(leaves);
        }
        all.stream().filter(k -> !kids(k).isEmpty()).forEach(k -> units.add(List.of(k)));
        List<List<Long>> chunks = new ArrayList<>();
        List<Long> current = new ArrayList<>();
        for (List<Long> unit : units) {
            current.addAll(unit);
            Set<Long> bodies = new LinkedHashSet<>(List.of(root));
            bodies.addAll(current);
            Set<Long> continued = new LinkedHashSet<>();
            current.stream().filter(k -> !kids(k).isEmpty()).forEach(continued::add);
            if (current.size() > unit.size() && !fits(bodies, continued)) {
                current.subList(current.size() - unit.size(), current.size()).clear();
                chunks.add(current);
                current = new ArrayList<>(unit);
            }
        }
        chunks.add(current);
        planned.remove(index);
        List<Integer> indices = new ArrayList<>();
        for (int c = 0; c < chunks.size(); c++) {
            Set<Long> bodies = new LinkedHashSet<>(List.of(root));
            bodies.addAll(chunks.get(c));
            Set<Long> continued = new LinkedHashSet<>();
            chunks.get(c).stream().filter(k -> !kids(k).isEmpty()).forEach(continued::add);
            String name = chunks.size() == 1 ? title : title + " (" + (c + 1) + " of " + chunks.size() + ")";
            indices.add(planned.size());
            planned.add(new Planned(name, List.of(root), bodies, continued));
            partOf.putIfAbsent(root, planned.size() - 1);
            chunks.get(c).forEach(k -> partOf.putIfAbsent(k, planned.size() - 1));
        }
        for (int c = 0; c < chunks.size(); c++) {
            continueAll(planned.get(indices.get(c)).continued());
        }
    }

    /**
     * Takes the next level under each body at the cut, one body at a time, wherever the page still has
     * room: a bushy structure fills its pages instead of leaving each branch a page of its own.
     */
    @SuppressWarnings("unchecked")
    private Set<Long>[] deepen(Set<Long> bodies, Set<Long> continued) {
        boolean grew = true;
        while (grew && bodies.size() < MOST_ON_A_PAGE) {
            grew = false;
            for (long id : new ArrayList<>(continued)) {
                Set<Long> more = new LinkedHashSet<>(bodies);
                Set<Long> still = new LinkedHashSet<>(continued);
                still.remove(id);
                for (long kid : kids(id)) {
                    if (!partOf.containsKey(kid) && more.add(kid)
                            && kids(kid).stream().anyMatch(k -> !partOf.containsKey(k))) {
                        still.add(kid);
                    }
                }
                if (fits(more, still)) {
                    bodies = more;
                    continued = still;
                    grew = true;
                }
            }
        }
        return new Set[] {bodies, continued};
    }

    /** The bodies continued on later parts in the order a reader meets them on this one: column by column, top down. */
    private Set<Long> readingOrder(Set<Long> bodies, Set<Long> continued) {
        Map<Long, Rect> at = new HashMap<>();
        layout(bodies, continued, id -> 0).boxes().forEach(b -> at.put(b.bodyId(), b.rect()));
        List<Long> sorted = new ArrayList<>(continued);
        sorted.sort(Comparator.comparingDouble((Long id) -> at.get(id).x()).thenComparingDouble(id -> at.get(id).y()));
        return new LinkedHashSet<>(sorted);
    }

    /** The roots and their descendants not yet drawn, to {@code depth} levels; true when anything lies deeper. */
    private boolean collect(List<Long> roots, int depth, Set<Long> bodies, Set<Long> continued) {
        List<Long> level = new ArrayList<>(roots);
        bodies.addAll(roots);
        for (int d = 0; d < depth && !level.isEmpty(); d++) {
            List<Long> next = new ArrayList<>();
            for (long id : level) {
                kids(id).stream().filter(k -> !partOf.containsKey(k)).forEach(next::add);
            }
            bodies.addAll(next);
            level = next;
        }
        boolean deeper = false;
        for (long id : level) {
            if (kids(id).stream().anyMatch(k -> !partOf.containsKey(k))) {
                continued.add(id);
                deeper = true;
            }
        }
        return deeper;
    }

    /** True when the bodies fit the page with columns of some length up to the page's; that length is kept for them. */
    private boolean fits(Set<Long> bodies, Set<Long> continued) {
        for (int length = columnLength; length >= 2; length--) {
            Rect bounds = layout(bodies, continued, id -> 0, length).bounds();
            if (bounds.width() > roomWidth) {
                return false; // shorter columns only make it wider
            }
            if (bounds.height() <= roomHeight) {
                columns.put(Set.copyOf(bodies), length);
                return true;
            }
        }
        return false;
    }

    private Diagram layout(Set<Long> bodies, Set<Long> continued, java.util.function.ToIntFunction<Long> partFor) {
        return layout(bodies, continued, partFor, columns.getOrDefault(Set.copyOf(bodies), columnLength));
    }

    /** The part's chart; a body whose groups are on another part says how many and which part. */
    private Diagram layout(Set<Long> bodies, Set<Long> continued, java.util.function.ToIntFunction<Long> partFor,
                           int length) {
        Map<Long, String> notes = new HashMap<>();
        for (long id : continued) {
            Integer part = continuedOn.get(id);
            int below = part == null || planned.get(part) == null ? count(id) - 1
                    : under(id, planned.get(part).bodies(), bodies);
            notes.put(id, Text.count(below, "body", "bodies") + " below: Part " + partFor.applyAsInt(id));
        }
        return MapDiagram.alone(model, bodies, notes, length);
    }

    /** How many bodies under this one that part draws and this part does not. */
    private int under(long id, Set<Long> on, Set<Long> here) {
        int n = 0;
        List<Long> todo = new ArrayList<>(kids(id));
        while (!todo.isEmpty()) {
            long at = todo.remove(todo.size() - 1);
            if (on.contains(at) && !here.contains(at)) {
                n++;
                todo.addAll(kids(at)); // a body drawn here says for itself what is under it
            }
        }
        return n;
    }

    private int count(long id) {
        int n = 0;
        List<Long> todo = new ArrayList<>(List.of(id));
        while (!todo.isEmpty()) {
            long at = todo.remove(todo.size() - 1);
            n++;
            todo.addAll(kids(at));
        }
        return n;
    }

    private List<Part> draw() {
        List<Part> parts = new ArrayList<>();
        boolean one = planned.size() == 1;
        for (int i = 0; i < planned.size(); i++) {
            Planned p = planned.get(i);
            Diagram diagram = onePage != null ? onePage : layout(p.bodies(), p.continued(), id -> continuedOn.get(id) + 1);
            List<String> notes = new ArrayList<>();
            for (AccountabilityLine line : model.lines()) {
                boolean fromHere = p.bodies().contains(line.fromBodyId());
                boolean toHere = p.bodies().contains(line.toBodyId());
                if (fromHere == toHere) {
                    continue;
                }
                long away = fromHere ? line.toBodyId() : line.fromBodyId();
                long here = fromHere ? line.fromBodyId() : line.toBodyId();
                if (kids(here).contains(away) && (partOf.get(here) != i || p.continued().contains(here))) {
                    continue; // its box says where its groups are, or it heads this part and they are on another
                }
                notes.add(name(line.fromBodyId()) + " " + phrase(line) + " " + name(line.toBodyId()) + " ("
                        + where(away) + ")");
            }
            String title = one ? "The whole structure" : "Part " + (i + 1) + ": " + p.title();
            parts.add(new Part(i + 1, title, diagram, List.copyOf(notes)));
        }
        return parts;
    }

    private static String phrase(AccountabilityLine line) {
        return switch (line.kind()) {
            case REPORTS_TO -> "reports to";
            case SUB_GROUP_OF -> "is a sub-group of";
            case ADVISES -> "advises";
            case COMMISSIONS -> "is commissioned by";
        };
    }

    private String where(long id) {
        if (!scope.contains(id)) {
            return "not in this pack";
        }
        Integer part = partOf.get(id);
        return part == null ? "not in this pack" : "Part " + (part + 1);
    }

    private String name(long id) {
        Body body = model.body(id);
        return body == null ? "a body" : body.name();
    }
}
