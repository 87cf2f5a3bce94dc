package org.partnershipatlas.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.partnershipatlas.model.AuditEntry;

/** The file's history as CSV: who changed what, when and how, a row per field changed. */
public final class HistoryExport {
    public static final List<String> HEADER = List.of("When", "Who", "How", "Source", "Edit", "Kind",
            "Body or thing", "Field", "Before", "After");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private HistoryExport() {
    }

    public static void csv(List<AuditEntry> entries, Path target) throws IOException {
        FileReplacement.write(target, partial -> {
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL)) {
                out.write('\ufeff');
                csv.printRecord(HEADER);
                for (AuditEntry e : entries) {
                    csv.printRecord(cells(e).stream().map(SpreadsheetSafety::neutralise).toList());
                }
            }
        });
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
