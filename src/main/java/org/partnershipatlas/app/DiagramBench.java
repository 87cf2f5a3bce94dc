package org.partnershipatlas.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.partnershipatlas.layout.Diagram;
import org.partnershipatlas.layout.LineCrossings;
import org.partnershipatlas.layout.Point;

/**
 * The diagram's truth in {@code atlas bench}: segments drawn through a box they do not join, and
 * crossings between lines, ours against Graphviz dot's on the same hierarchy (dot's splines read from
 * {@code dot -Tplain} as polylines through their control points).
 */
final class DiagramBench {
    private DiagramBench() {
    }

    static void truth(String name, Diagram diagram, PrintStream out) {
        out.printf("line-box-crossings-%s %d segments%n", name, LineCrossings.throughBoxes(diagram));
        out.printf("line-crossings-%s %d crossings%n", name,
                LineCrossings.count(diagram.lines().stream().map(Diagram.Line::route).toList()));
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
}
