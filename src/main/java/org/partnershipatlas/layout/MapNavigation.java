package org.partnershipatlas.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * Moving through the map by keyboard as through an organisation chart (WCAG 2.1.1): up to what the
 * selected body answers to, down to the first body answering to it, left and right among the bodies
 * answering to the same one, in the order they stand on the map. Works on the diagram description,
 * so what the keys reach is what the map draws.
 */
public final class MapNavigation {
    /** An arrow key's meaning on the map. */
    public enum Step { UP, DOWN, LEFT, RIGHT }

    private MapNavigation() {
    }

    /**
     * The body the step leads to from {@code from}, or {@code from} itself where there is nowhere to
     * go; with nothing selected, the top body. Only bodies {@code shown} can be reached.
     */
    public static Long step(Diagram diagram, Long from, Step step, LongPredicate shown) {
        Map<Long, Rect> at = new java.util.HashMap<>();
        diagram.boxes().forEach(b -> at.put(b.bodyId(), b.rect()));
        Comparator<Long> reading = Comparator.comparingDouble((Long id) -> at.get(id).x())
                .thenComparingDouble(id -> at.get(id).y());
        if (from == null || !at.containsKey(from)) {
            return diagram.boxes().stream().filter(b -> shown.test(b.bodyId()))
                    .min(Comparator.comparingDouble((Diagram.Box b) -> b.rect().y()).thenComparingDouble(b -> b.rect().x()))
                    .map(Diagram.Box::bodyId).orElse(null);
        }
        Map<Long, Long> parents = parents(diagram, shown);
        Long parent = parents.get(from);
        switch (step) {
            case UP:
                return parent == null ? from : parent;
            case DOWN: {
                List<Long> below = children(parents, from);
                return below.isEmpty() ? from : below.stream().min(reading).orElse(from);
            }
            default: {
                List<Long> row = new ArrayList<>(parent == null ? roots(diagram, parents, shown) : children(parents, parent));
                row.sort(reading);
                int i = row.indexOf(from);
                int next = i + (step == Step.LEFT ? -1 : 1);
                return i < 0 || next < 0 || next >= row.size() ? from : row.get(next);
            }
        }
    }

    /**
     * What each shown body answers to: the body it is a sub-group of or reports to before one it advises
     * or is commissioned by.
     */
    static Map<Long, Long> parents(Diagram diagram, LongPredicate shown) {
        Map<Long, Long> parents = new java.util.HashMap<>();
        Map<Long, Integer> weight = new java.util.HashMap<>();
        for (Diagram.Line line : diagram.lines()) {
            long child = line.fromBodyId();
            if (child == line.toBodyId() || !shown.test(child) || !shown.test(line.toBodyId())) {
                continue;
            }
            int w = MapDiagram.treeWeight(line.kind());
            if (w < weight.getOrDefault(child, Integer.MAX_VALUE)) {
                weight.put(child, w);
                parents.put(child, line.toBodyId());
            }
        }
        return parents;
    }

    private static List<Long> children(Map<Long, Long> parents, long id) {
        return parents.entrySet().stream().filter(e -> e.getValue() == id).map(Map.Entry::getKey).toList();
    }

    private static List<Long> roots(Diagram diagram, Map<Long, Long> parents, LongPredicate shown) {
        return diagram.boxes().stream().map(Diagram.Box::bodyId)
                .filter(id -> shown.test(id) && !parents.containsKey(id)).toList();
    }
}
