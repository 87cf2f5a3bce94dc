package org.partnershipatlas.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.partnershipatlas.document.Reviews;
import org.partnershipatlas.model.Review;
import org.partnershipatlas.store.AuthorityFileException;
import org.partnershipatlas.store.AuthorityStore;

/** {@code atlas review FILE}: lists the recorded reviews, or records this year's with --record. */
final class ReviewCommand implements Command {
    @Override
    public int run(String[] args, PrintStream out) throws CommandException {
        String file = null;
        String name = null;
        String note = null;
        LocalDate on = LocalDate.now();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--record" -> name = ExportCommand.value(args, ++i, "--record");
                case "--note" -> note = ExportCommand.value(args, ++i, "--note");
                case "--date" -> on = HistoryCommand.date(ExportCommand.value(args, ++i, "--date"), "--date");
                default -> file = HistoryCommand.file(args[i], file);
            }
        }
        if (file == null) {
            throw new CommandException("needs the FILE whose reviews to list or record");
        }
        try {
            if (name == null) {
                try (AuthorityStore store = AuthorityStore.openReadOnly(Path.of(file), Version.current())) {
                    List<Review> reviews = store.reviews();
                    out.println(reviews.isEmpty() ? "No review is recorded in " + Path.of(file).getFileName() + "."
                            : reviews.size() + (reviews.size() == 1 ? " review" : " reviews") + " recorded:");
                    for (Review r : reviews) {
                        out.println("  " + r.name() + " — as of " + r.takenOn() + ", " + r.bodies() + " bodies, "
                                + "recorded by " + r.recordedBy() + (r.note() == null ? "" : ": " + r.note()));
                    }
                }
                return 0;
            }
            try (AuthorityStore store = AuthorityStore.open(Path.of(file), Version.current())) {
                Review kept = Reviews.record(store, store.load(), name, on, note, ImportCommand.author(),
                        LocalDateTime.now(), Version.current());
                out.println("Recorded the review " + kept.name() + " of " + Path.of(file).getFileName() + ": "
                        + kept.bodies() + " bodies as of " + kept.takenOn() + ".");
            }
        } catch (IllegalArgumentException e) {
            throw new CommandException(e.getMessage());
        } catch (AuthorityFileException e) {
            throw new CommandException(CheckCommand.forCommandLine(e));
        }
        return 0;
    }

    @Override
    public String help() {
        return """
                atlas review FILE [--record NAME [--date DATE] [--note TEXT]]
                  Lists the annual reviews recorded in FILE; with --record, freezes the whole authority
                  as it stands as the review NAME ("Review 2026/27"), as of DATE (today unless given).
                  The review is kept inside the file, so a copy of the file has it too.""";
    }
}
