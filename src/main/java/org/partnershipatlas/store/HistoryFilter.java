package org.partnershipatlas.store;

import java.time.LocalDate;

/**
 * What to look for in a file's history: one body's, one person's, between two days; map moves only
 * when asked for, so a morning of dragging boxes does not bury the edits. Null parts match everything.
 */
public record HistoryFilter(Long bodyId, String author, LocalDate since, LocalDate until, boolean withMapMoves) {
    public static final HistoryFilter ALL = new HistoryFilter(null, null, null, null, true);

    public static HistoryFilter ofBody(long bodyId) {
        return new HistoryFilter(bodyId, null, null, null, false);
    }
}
