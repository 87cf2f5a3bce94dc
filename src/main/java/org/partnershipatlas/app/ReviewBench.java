package org.partnershipatlas.app;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.partnershipatlas.document.EditPath;
import org.partnershipatlas.document.Reviews;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.How;
import org.partnershipatlas.model.Money;
import org.partnershipatlas.model.Review;
import org.partnershipatlas.store.AuthorityFileException;
import org.partnershipatlas.store.AuthorityStore;
import org.partnershipatlas.store.HistoryFilter;

/**
 * The annual review's figures in {@code atlas bench}: recording a review of the 10,000-body authority,
 * comparing it with the file after 500 bodies changed, and opening the first page of one body's
 * history among 100,000 entries.
 */
final class ReviewBench {
    static final int CHANGED = 500;
    static final int HISTORY = 100_000;

    private ReviewBench() {
    }

    static void measure(AuthorityStore store, EditPath path, PrintStream out) throws AuthorityFileException {
        AuthorityModel model = path.model();
        long start = System.nanoTime();
        Review review = Reviews.record(store, model.copy(), "Bench review", LocalDate.now(), null, "bench",
                LocalDateTime.now(), Version.current());
        out.printf("review-record-%d-ms %d ms%n", model.bodies().size(), millis(start));

        List<Body> bodies = new ArrayList<>(model.bodies());
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < CHANGED; i++) {
            Body body = bodies.get(i * 17 % bodies.size());
            changes.add(Change.update(body, body.withName(body.name() + " (renamed)")
                    .with(BodyField.POOLED_BUDGET, Money.ofPounds(5_000 + i))));
        }
        path.perform(new Edit("Change 500 bodies", changes), How.EDIT, null);
        long[] diffs = new long[4];
        int found = 0;
        for (int i = 0; i < diffs.length; i++) {
            start = System.nanoTime();
            found = Reviews.compare(store, review, null, model, LocalDate.now()).differences().size();
            diffs[i] = System.nanoTime() - start;
        }
        out.printf("diff-%d-cold-ms %d ms%n", model.bodies().size(), diffs[0] / 1_000_000);
        long[] warm = java.util.Arrays.copyOfRange(diffs, 1, diffs.length);
        java.util.Arrays.sort(warm);
        out.printf("diff-%d-ms %d ms%n", model.bodies().size(), warm[1] / 1_000_000);
        out.printf("diff-%d-differences %d differences%n", model.bodies().size(), found);

        int written = store.historySize(HistoryFilter.ALL);
        int round = 0;
        while (written < HISTORY) {
            List<Change> more = new ArrayList<>();
            for (int i = 0; i < 2_000 && written + more.size() < HISTORY; i++) {
                Body body = model.body(bodies.get((round * 2_000 + i) % bodies.size()).id());
                more.add(Change.update(body, body.with(BodyField.COUNCIL_CONTRIBUTION, Money.ofPounds(round + i))));
            }
            path.perform(new Edit("Bench contributions " + round++, more), How.IMPORT, "bench.csv");
            written = store.historySize(HistoryFilter.ALL);
        }
        long one = bodies.get(HISTORY % bodies.size()).id();
        long[] times = new long[5];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            store.history(HistoryFilter.ofBody(one), 0, 200);
            store.historySize(HistoryFilter.ofBody(one));
            times[i] = System.nanoTime() - t;
        }
        java.util.Arrays.sort(times);
        out.printf("history-%d-entries %d entries%n", HISTORY, written);
        out.printf("history-%d-ms %d ms%n", HISTORY, times[times.length / 2] / 1_000_000);
        long t = System.nanoTime();
        store.history(new HistoryFilter(null, null, null, null, false), 0, 200);
        store.historySize(new HistoryFilter(null, null, null, null, false));
        out.printf("history-%d-all-ms %d ms%n", HISTORY, millis(t));
    }

    static EditPath path(AuthorityModel model, AuthorityStore store) {
        return new EditPath(model, store, () -> "bench", Clock.systemDefaultZone());
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
