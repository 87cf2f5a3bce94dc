package org.partnershipatlas.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Layer;

/**
 * How a one-page chart ({@link OnePageChart}) cuts things of given widths, in order, into rows, and
 * which layer bands its rows make: each row has its own bands, so a reader meets "executive" over
 * "operational" again on the second row, and a layer carried on from the row above stays one band.
 */
final class RowCuts {
    private RowCuts() {
    }

    /** Cut into at most {@code rows} runs, in order, the widest run as narrow as it can be. */
    static List<List<Integer>> even(double[] widths, int rows, double gap) {
        int n = widths.length;
        int k = Math.min(rows, n);
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + widths[i] + gap;
        }
        double[][] cost = new double[k + 1][n + 1];
        int[][] cut = new int[k + 1][n + 1];
        for (double[] row : cost) {
            java.util.Arrays.fill(row, Double.MAX_VALUE);
        }
        cost[0][0] = 0;
        for (int r = 1; r <= k; r++) {
            for (int j = 1; j <= n; j++) {
                for (int i = r - 1; i < j; i++) {
                    if (cost[r - 1][i] == Double.MAX_VALUE) {
                        continue;
                    }
                    double c = Math.max(cost[r - 1][i], prefix[j] - prefix[i] - gap);
                    if (c < cost[r][j]) {
                        cost[r][j] = c;
                        cut[r][j] = i;
                    }
                }
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        int j = n;
        for (int r = k; r >= 1; r--) {
            int i = cut[r][j];
            List<Integer> run = new ArrayList<>();
            for (int t = i; t < j; t++) {
                run.add(t);
            }
            out.add(0, run);
            j = i;
        }
        return out;
    }

    /** In order onto at most {@code rows} rows, each filled while it stays within {@code room}. */
    static List<List<Integer>> greedy(double[] widths, int rows, double room, double gap) {
        List<List<Integer>> out = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        double used = 0;
        for (int i = 0; i < widths.length; i++) {
            double w = widths[i] + gap;
            if (!run.isEmpty() && used + w > room && out.size() < rows - 1) {
                out.add(run);
                run = new ArrayList<>();
                used = 0;
            }
            run.add(i);
            used += w;
        }
        out.add(run);
        return out;
    }

    /** Everything side by side, each with its gap. */
    static double total(double[] widths, double gap) {
        double sum = 0;
        for (double w : widths) {
            sum += w + gap;
        }
        return sum;
    }

    /** The widest row of the cut. */
    static double rowWidth(List<List<Integer>> split, double[] widths, double gap) {
        double widest = 0;
        for (List<Integer> run : split) {
            widest = Math.max(widest, run.stream().mapToDouble(i -> widths[i] + gap).sum() - gap);
        }
        return widest;
    }

    /** The layer bands of boxes standing in rows ({@code rowOf}, 0 the top), top down. */
    static List<Diagram.Band> bands(List<Body> bodies, Map<Long, Rect> at, Map<Long, Integer> rowOf) {
        List<Diagram.Band> extents = new ArrayList<>();
        Map<Integer, Map<Integer, double[]>> byRow = new TreeMap<>();
        for (Body body : bodies) {
            Rect r = at.get(body.id());
            double[] e = byRow.computeIfAbsent(rowOf.get(body.id()), k -> new TreeMap<>())
                    .computeIfAbsent(body.layer().ordinal(), k -> new double[] {r.y(), r.maxY()});
            e[0] = Math.min(e[0], r.y());
            e[1] = Math.max(e[1], r.maxY());
        }
        Layer[] layers = Layer.values();
        for (Map<Integer, double[]> row : byRow.values()) {
            for (Map.Entry<Integer, double[]> e : row.entrySet()) {
                Diagram.Band last = extents.isEmpty() ? null : extents.get(extents.size() - 1);
                if (last != null && last.layer() == layers[e.getKey()]) {
                    extents.set(extents.size() - 1, new Diagram.Band(last.layer(), last.top(), e.getValue()[1]));
                } else {
                    extents.add(new Diagram.Band(layers[e.getKey()], e.getValue()[0], e.getValue()[1]));
                }
            }
        }
        List<Diagram.Band> bands = new ArrayList<>();
        for (int i = 0; i < extents.size(); i++) {
            Diagram.Band e = extents.get(i);
            double top = i == 0 ? e.top() - MapDiagram.BAND_MARGIN : (extents.get(i - 1).bottom() + e.top()) / 2;
            double bottom = i == extents.size() - 1 ? e.bottom() + MapDiagram.BAND_MARGIN / 2
                    : (e.bottom() + extents.get(i + 1).top()) / 2;
            bands.add(new Diagram.Band(e.layer(), top, Math.max(top, bottom)));
        }
        return List.copyOf(bands);
    }
}
