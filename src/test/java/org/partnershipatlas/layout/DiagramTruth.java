package org.partnershipatlas.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnershipatlas.model.LineKind;

/**
 * What a diagram must never say, measured on the diagram description: lines through boxes, runs of
 * two different trunks lying along each other, and lines of accountability drawn upward.
 */
public final class DiagramTruth {
    private DiagramTruth() {
    }

    /** Each segment that passes through a box other than the two its line joins, as "line x crosses box y". */
    public static List<String> linesThroughBoxes(Diagram diagram) {
        Map<Long, Rect> boxes = new HashMap<>();
        diagram.boxes().forEach(b -> boxes.put(b.bodyId(), b.rect()));
        List<String> problems = new ArrayList<>();
        for (Diagram.Line line : diagram.lines()) {
            List<Point> route = line.route();
            for (int i = 1; i < route.size(); i++) {
                for (Diagram.Box box : diagram.boxes()) {
                    if (Geometry.entersInterior(route.get(i - 1), route.get(i), box.rect())) {
                        problems.add("line " + line.fromBodyId() + "->" + line.toBodyId() + " crosses box "
                                + box.bodyId() + " " + box.label());
                    }
                }
            }
        }
        return problems;
    }

    /** Pairs of lines of different kinds, or to different bodies, that share a run. */
    public static List<String> sharedRuns(Diagram diagram) {
        List<String> problems = new ArrayList<>();
        List<Diagram.Line> lines = diagram.lines();
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                Diagram.Line a = lines.get(i);
                Diagram.Line b = lines.get(j);
                if (a.toBodyId() == b.toBodyId() && a.kind() == b.kind()) {
                    continue;
                }
                if (!Rect.around(a.route()).grown(3).intersects(Rect.around(b.route()).grown(3))) {
                    continue;
                }
                if (shareRun(a.route(), b.route())) {
                    problems.add(a.fromBodyId() + "->" + a.toBodyId() + " " + a.kind() + " runs along "
                            + b.fromBodyId() + "->" + b.toBodyId() + " " + b.kind());
                }
            }
        }
        return problems;
    }

    private static boolean shareRun(List<Point> a, List<Point> b) {
        for (int i = 1; i < a.size(); i++) {
            for (int j = 1; j < b.size(); j++) {
                if (Geometry.overlap(a.get(i - 1), a.get(i), b.get(j - 1), b.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Reports-to and sub-group-of lines whose lower body is not below the upper one, where the bands
     * allow it and the line is not part of a reporting loop (which cannot be drawn all downward).
     */
    public static List<String> upwardLines(Diagram diagram, Map<Long, Integer> bandOf) {
        Map<Long, List<Long>> up = new HashMap<>();
        for (Diagram.Line line : diagram.lines()) {
            if (line.kind() == LineKind.REPORTS_TO || line.kind() == LineKind.SUB_GROUP_OF) {
                up.computeIfAbsent(line.fromBodyId(), k -> new ArrayList<>()).add(line.toBodyId());
            }
        }
        Map<Long, Rect> boxes = new HashMap<>();
        diagram.boxes().forEach(b -> boxes.put(b.bodyId(), b.rect()));
        List<String> problems = new ArrayList<>();
        for (Diagram.Line line : diagram.lines()) {
            if (line.kind() != LineKind.REPORTS_TO && line.kind() != LineKind.SUB_GROUP_OF) {
                continue;
            }
            if (bandOf.get(line.fromBodyId()) < bandOf.get(line.toBodyId())
                    || reaches(up, line.toBodyId(), line.fromBodyId())) {
                continue;
            }
            Rect lower = boxes.get(line.fromBodyId());
            Rect upper = boxes.get(line.toBodyId());
            if (lower.y() < upper.maxY()) {
                problems.add(line.fromBodyId() + " is not below " + line.toBodyId());
            }
        }
        return problems;
    }

    private static boolean reaches(Map<Long, List<Long>> up, long from, long target) {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        java.util.ArrayDeque<Long> todo = new java.util.ArrayDeque<>(List.of(from));
        while (!todo.isEmpty()) {
            long at = todo.poll();
            if (at == target) {
                return true;
            }
            if (seen.add(at)) {
                todo.addAll(up.getOrDefault(at, List.of()));
            }
        }
        return false;
    }

    /** The number of places where two lines cross. */
    public static int crossings(Diagram diagram) {
        return LineCrossings.count(diagram.lines().stream().map(Diagram.Line::route).toList());
    }
}
