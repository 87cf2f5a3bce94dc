package org.partnershipatlas.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnershipatlas.analysis.StructureComparison;
import org.partnershipatlas.document.Reviews;
import org.partnershipatlas.document.SampleFile;
import org.partnershipatlas.model.Review;
import org.partnershipatlas.store.AuthorityFileException;
import org.partnershipatlas.store.AuthorityStore;

/**
 * {@code atlas diff}: what changed between two recorded reviews, or a review and now; the file is only
 * read. Without a FILE it compares the bundled sample's last review with the sample as it is now.
 */
final class DiffCommand implements Command {
    @Override
    public int run(String[] args, PrintStream out) throws CommandException {
        String file = null;
        String from = null;
        String to = "now";
        boolean json = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--from" -> from = ExportCommand.value(args, ++i, "--from");
                case "--to" -> to = ExportCommand.value(args, ++i, "--to");
                case "--json" -> json = true;
                default -> file = HistoryCommand.file(args[i], file);
            }
        }
        Path folder = null;
        try {
            Path path;
            if (file == null) {
                folder = Files.createTempDirectory("atlas-sample");
                path = folder.resolve("Northmoor sample.atlas.mv.db");
                SampleFile.create(path, LocalDate.now(), Version.current()).close();
            } else {
                path = Path.of(file);
            }
            try (AuthorityStore store = AuthorityStore.openReadOnly(path, Version.current())) {
                List<Review> reviews = store.reviews();
                if (reviews.isEmpty()) {
                    throw new CommandException(path.getFileName() + " has no recorded review to compare; record one"
                            + " with atlas review FILE --record NAME");
                }
                Review start = from == null ? reviews.get(reviews.size() - 1) : find(store, from, reviews);
                Review end = to.equalsIgnoreCase("now") ? null : find(store, to, reviews);
                StructureComparison.Result result = Reviews.compare(store, start, end, store.load(), LocalDate.now());
                String toName = end == null ? "now" : end.name();
                if (json) {
                    out.println(json(start.name(), toName, result));
                } else {
                    print(start.name(), toName, result, out);
                }
            }
        } catch (AuthorityFileException e) {
            throw new CommandException(CheckCommand.forCommandLine(e));
        } catch (IOException e) {
            throw new CommandException("could not make the sample to compare: " + e.getMessage());
        } finally {
            if (folder != null) {
                removeQuietly(folder);
            }
        }
        return 0;
    }

    static void removeQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is removed by the system in time
        }
    }

    private static Review find(AuthorityStore store, String name, List<Review> reviews) throws CommandException,
            AuthorityFileException {
        Review review = Reviews.named(store, name);
        if (review == null) {
            throw new CommandException("there is no review called \"" + name + "\"; the file has "
                    + String.join(", ", reviews.stream().map(r -> "\"" + r.name() + "\"").toList()));
        }
        return review;
    }

    private static void print(String from, String to, StructureComparison.Result result, PrintStream out) {
        out.println("What changed from " + from + " to " + to + ": " + result.differences().size()
                + (result.differences().size() == 1 ? " difference" : " differences"));
        out.println("Council contributions " + result.contributionsBefore().format() + " → "
                + result.contributionsAfter().format() + "; pooled budgets " + result.pooledBefore().format() + " → "
                + result.pooledAfter().format());
        for (StructureComparison.Kind kind : StructureComparison.Kind.values()) {
            List<StructureComparison.Difference> some = result.of(kind);
            if (some.isEmpty()) {
                continue;
            }
            out.println();
            out.println(kind.label() + " (" + some.size() + ")");
            for (StructureComparison.Difference d : some) {
                out.println("  " + (d.bodyName().isEmpty() ? "" : d.bodyName() + ": ") + d.what()
                        + StructureComparison.change(d));
            }
        }
    }

    private static String json(String from, String to, StructureComparison.Result result) throws CommandException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("from", from);
        doc.put("to", to);
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("councilContributionsBeforePence", result.contributionsBefore().pence());
        totals.put("councilContributionsAfterPence", result.contributionsAfter().pence());
        totals.put("pooledBudgetsBeforePence", result.pooledBefore().pence());
        totals.put("pooledBudgetsAfterPence", result.pooledAfter().pence());
        doc.put("totals", totals);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (StructureComparison.Difference d : result.differences()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", d.kind().name());
            row.put("body", d.bodyName());
            row.put("what", d.what());
            row.put("before", d.before());
            row.put("after", d.after());
            rows.add(row);
        }
        doc.put("differences", rows);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new CommandException("could not write the comparison: " + e.getMessage());
        }
    }

    @Override
    public String help() {
        return """
                atlas diff [FILE] [--from REVIEW] [--to REVIEW|now] [--json]
                  What changed between two recorded reviews of FILE, or a review and now: bodies added,
                  closed, renamed, reclassified (with the rationale), moved, changed layer or themes;
                  chairs, leads and accountable bodies; money with totals; significance and oversight;
                  findings new and resolved; actions added, completed, overdue. --from is the latest
                  review unless given; --to is now unless given. No FILE: the bundled sample. The file
                  is only read.""";
    }
}
