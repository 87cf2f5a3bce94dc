package org.partnershipatlas.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.partnershipatlas.model.AuditEntry;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.report.SpreadsheetSafety;
import org.partnershipatlas.store.AuthorityFileException;
import org.partnershipatlas.store.AuthorityStore;
import org.partnershipatlas.store.HistoryFilter;

/** {@code atlas history FILE}: who changed what, when and how, latest first; the file is only read. */
final class HistoryCommand implements Command {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Override
    public int run(String[] args, PrintStream out) throws CommandException {
        String file = null;
        String body = null;
        LocalDate since = null;
        boolean csv = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--body" -> body = ExportCommand.value(args, ++i, "--body");
                case "--since" -> since = date(ExportCommand.value(args, ++i, "--since"), "--since");
                case "--csv" -> csv = true;
                default -> file = HistoryCommand.file(args[i], file);
            }
        }
        if (file == null) {
            throw new CommandException("needs the FILE whose history to print");
        }
        try (AuthorityStore store = AuthorityStore.openReadOnly(Path.of(file), Version.current())) {
            Long bodyId = null;
            if (body != null) {
                bodyId = bodyId(store.load(), body);
            }
            HistoryFilter filter = new HistoryFilter(bodyId, null, since, null, true);
            List<AuditEntry> entries = store.history(filter, 0, Integer.MAX_VALUE);
            if (csv) {
                printCsv(entries, out);
            } else {
                out.println(entries.size() + (entries.size() == 1 ? " entry" : " entries") + " in the history of "
                        + Path.of(file).getFileName() + (body != null ? " for " + body : "")
                        + (since != null ? " since " + since : "") + ", latest first:");
                for (AuditEntry e : entries) {
                    out.println(WHEN.format(e.at()) + "  " + e.author() + "  " + e.how().label()
                            + (e.source() != null ? " (" + e.source() + ")" : "") + "  " + e.editLabel()
                            + (e.entityName() != null ? "  |  " + e.entityName() + ": " + e.what() : ""));
                }
            }
        } catch (AuthorityFileException e) {
            throw new CommandException(CheckCommand.forCommandLine(e));
        }
        return 0;
    }

    /** The one FILE a command takes, from a word that is not an option; a second file or an unknown option is refused. */
    static String file(String word, String file) throws CommandException {
        if (word.startsWith("-")) {
            throw new CommandException("unknown option " + word);
        }
        if (file != null) {
            throw new CommandException("takes one FILE");
        }
        return word;
    }

    static Long bodyId(AuthorityModel model, String name) throws CommandException {
        for (Body candidate : model.bodies()) {
            if (candidate.name().equalsIgnoreCase(name.strip())
                    || name.strip().equalsIgnoreCase(candidate.shortName())) {
                return candidate.id();
            }
        }
        throw new CommandException("there is no body called \"" + name + "\" in the file");
    }

    static LocalDate date(String text, String option) throws CommandException {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CommandException(option + " takes a date written 2026-04-01, not \"" + text + "\"");
        }
    }

    private static void printCsv(List<AuditEntry> entries, PrintStream out) throws CommandException {
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
            csv.printRecord(org.partnershipatlas.report.HistoryExport.HEADER);
            for (AuditEntry e : entries) {
                csv.printRecord(org.partnershipatlas.report.HistoryExport.cells(e).stream()
                        .map(SpreadsheetSafety::neutralise).toList());
            }
            csv.flush();
        } catch (IOException e) {
            throw new CommandException("could not write the history: " + e.getMessage());
        }
    }

    @Override
    public String help() {
        return """
                atlas history FILE [--body NAME] [--since DATE] [--csv]
                  Who changed what in FILE, when and how (edit, undo, redo, import, workshop, review,
                  map), latest first, each field with its value before and after. --body keeps one
                  body's history (its seats, lines and decisions too); --since keeps entries from a
                  day on (2026-04-01); --csv prints it as CSV. The file is only read.""";
    }
}
