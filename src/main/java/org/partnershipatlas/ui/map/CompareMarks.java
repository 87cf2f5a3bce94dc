package org.partnershipatlas.ui.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.partnershipatlas.analysis.StructureComparison;
import org.partnershipatlas.analysis.StructureComparison.Difference;
import org.partnershipatlas.analysis.StructureComparison.Kind;

/**
 * What the map marks in compare mode: bodies new since the review ("NEW"), bodies changed (a tag
 * naming how: "RENAMED", "RECLASSIFIED", or "3 CHANGES"), and bodies closed since, drawn as empty
 * outlines in a row under the map. Words and outlines, not colour, so it reads on a greyscale print
 * and a washed-out projector.
 */
public record CompareMarks(String since, Set<Long> added, Map<Long, String> changed, List<String> closed) {

    /** The marks for a comparison's result; findings and actions are left to the Changes tab. */
    public static CompareMarks of(String since, StructureComparison.Result result) {
        Set<Long> added = new java.util.HashSet<>();
        Map<Long, Set<Kind>> kinds = new LinkedHashMap<>();
        List<String> closed = new ArrayList<>();
        for (Difference d : result.differences()) {
            switch (d.kind()) {
                case ADDED -> added.add(d.bodyId());
                case CLOSED -> closed.add(d.bodyName());
                case FINDING_NEW, FINDING_RESOLVED, ACTION_ADDED, ACTION_COMPLETED, ACTION_OVERDUE -> {
                    // about the body's governance record, not the structure the map draws
                }
                default -> kinds.computeIfAbsent(d.bodyId(), k -> new TreeSet<>()).add(d.kind());
            }
        }
        Map<Long, String> changed = new LinkedHashMap<>();
        kinds.forEach((id, set) -> {
            if (!added.contains(id)) {
                changed.put(id, set.size() == 1 ? tag(set.iterator().next()) : set.size() + " CHANGES");
            }
        });
        closed.sort(String.CASE_INSENSITIVE_ORDER);
        return new CompareMarks(since, Set.copyOf(added), Map.copyOf(changed), List.copyOf(closed));
    }

    private static String tag(Kind kind) {
        return switch (kind) {
            case RENAMED -> "RENAMED";
            case RECLASSIFIED -> "RECLASSIFIED";
            case MOVED -> "MOVED";
            case LAYER -> "NEW LAYER";
            case THEMES -> "THEMES";
            case PEOPLE -> "NEW LEAD";
            case MONEY -> "MONEY";
            case SIGNIFICANCE -> "SIGNIFICANCE";
            case OVERSIGHT -> "OVERSIGHT";
            default -> "CHANGED";
        };
    }
}
