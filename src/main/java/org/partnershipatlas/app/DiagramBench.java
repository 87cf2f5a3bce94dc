package org.partnershipatlas.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnershipatlas.layout.Diagram;
import org.partnershipatlas.layout.Geometry;
import org.partnershipatlas.layout.LineCrossings;
import org.partnershipatlas.layout.Point;
import org.partnershipatlas.layout.Rect;

/**
 * The diagram's truth in {@code atlas bench}: segments drawn through a box they do not join, and
 * crossings between lines, ours against Graphviz dot's on the same hierarchy (dot's splines read from
 * {@code dot -Tplain} as polylines through their control points).
 */
final class DiagramBench {
    private static final double CELL = 400;

    private DiagramBench() {
    }

    static void truth(String name, Diagram diagram, PrintStream out) {
        out.printf("line-box-crossings-%s %d segments%n", name, lineBoxCrossings(diagram));
        out.printf("line-crossings-%s %d crossings%n", name,
                LineCrossings.count(diagram.lines().stream().map(Diagram.Line::route).toList()));
    }

    /** Segments passing through the inside of a box other than the two their line joins; boxes bucketed by area. */
    static int lineBoxCrossings(Diagram diagram) {
        Map<Long, List<Diagram.Box>> cells = new HashMap<>();
        for (Diagram.Box box : diagram.boxes()) {
            Rect r = box.rect();
            for (long cx = cell(r.x()); cx <= cell(r.maxX()); cx++) {
                for (long cy = cell(r.y()); cy <= cell(r.maxY()); cy++) {
                    cells.computeIfAbsent(cx * 1_000_003L + cy, k -> new ArrayList<>()).add(box);
                }
            }
        }
        int crossed = 0;
        for (Diagram.Line line : diagram.lines()) {
            List<Point> route = line.route();
            for (int i = 1; i < route.size(); i++) {
                Rect span = Rect.around(List.of(route.get(i - 1), route.get(i)));
                java.util.Set<Long> seen = new java.util.HashSet<>();
                for (long cx = cell(span.x()); cx <= cell(span.maxX()); cx++) {
                    for (long cy = cell(span.y()); cy <= cell(span.maxY()); cy++) {
                        for (Diagram.Box box : cells.getOrDefault(cx * 1_000_003L + cy, List.of())) {
                            if (box.bodyId() != line.fromBodyId() && box.bodyId() != line.toBodyId()
                                    && seen.add(box.bodyId())
                                    && Geometry.entersInterior(route.get(i - 1), route.get(i), box.rect())) {
                                crossed++;
                            }
                        }
                    }
                }
            }
        }
        return crossed;
    }

    /** Crossings between dot's edges in a {@code -Tplain} file: each edge's control points as a polyline. */
    static void dotCrossings(int size, Path plain, PrintStream out) throws IOException {
        if (!Files.exists(plain)) {
            return;
        }
        List<List<Point>> edges = new ArrayList<>();
        for (String row : Files.readAllLines(plain)) {
            String[] words = row.trim().split("\\s+");
            if (words.length < 4 || !words[0].equals("edge")) {
                continue;
            }
            int n = Integer.parseInt(words[3]);
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                points.add(new Point(Double.parseDouble(words[4 + 2 * i]), Double.parseDouble(words[5 + 2 * i])));
            }
            edges.add(points);
        }
        out.printf("dot-line-crossings-%d %d crossings%n", size, LineCrossings.count(edges));
    }

    private static long cell(double v) {
        return (long) Math.floor(v / CELL);
    }
}
