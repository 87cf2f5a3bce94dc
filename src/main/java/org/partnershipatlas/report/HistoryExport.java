package org.partnershipatlas.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.partnershipatlas.model.AuditEntry;

/** The file's history as CSV: who changed what, when and how, a row per field changed. */
public final class HistoryExport {
    public static final List<String> HEADER = List.of("When", "Who", "How", "Source", "Edit", "Kind",
            "Body or thing", "Field", "Before", "After");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private HistoryExport() {
    }

    public static void csv(List<AuditEntry> entries, Path target) throws IOException {
        ChangesExport.csv(target, HEADER, entries.stream().map(HistoryExport::cells).toList());
    }

    public static List<String> cells(AuditEntry e) {
        return List.of(WHEN.format(e.at()), e.author(), e.how().label(), orEmpty(e.source()), e.editLabel(),
                orEmpty(e.entityKind()), orEmpty(e.entityName()), orEmpty(e.field()), orEmpty(e.before()),
                orEmpty(e.after()));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
