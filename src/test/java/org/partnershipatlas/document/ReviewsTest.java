package org.partnershipatlas.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.io.GeneratedAuthority;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.model.AuditEntry;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.How;
import org.partnershipatlas.model.Review;
import org.partnershipatlas.store.AuthorityStore;
import org.partnershipatlas.store.HistoryFilter;

/** Reviews travel with the file: through large edits, Save As and reopening. */
class ReviewsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    @TempDir
    Path dir;

    @Test
    void aReviewOfALargeAuthoritySurvivesALargeEditAndReopening() throws Exception {
        Path made = dir.resolve("Made.atlas.mv.db");
        AuthorityStore.create(made, GeneratedAuthority.build(10_000, 3_000, 29_000, 42L), "t").close();
        Path file = java.nio.file.Files.copy(made, dir.resolve("Large.atlas.mv.db"));
        Review review;
        try (AuthorityStore store = AuthorityStore.open(file, "t")) {
            AuthorityModel model = store.load();
            review = Reviews.record(store, model.copy(), "Review 2026/27", DAY, null, "me", DAY.atTime(9, 0), "t");
            List<Change> changes = new ArrayList<>();
            List<Body> bodies = new ArrayList<>(model.bodies());
            for (int i = 0; i < 600; i++) {
                Body body = bodies.get(i * 17 % bodies.size());
                changes.add(Change.update(body, body.withName(body.name() + " renamed")
                        .with(org.partnershipatlas.model.BodyField.POOLED_BUDGET,
                                org.partnershipatlas.model.Money.ofPounds(5_000 + i))));
            }
            // a large edit is written through a copy of the file, which must hold the review too
            new EditPath(model, store, () -> "me", Clock.systemDefaultZone()).perform(new Edit("Rename 600", changes),
                    How.IMPORT, "renames.csv");
            assertNotNull(store.reviewSnapshot(review.id()));
        }
        try (AuthorityStore store = AuthorityStore.open(file, "t")) {
            assertEquals(List.of(review), store.reviews());
            assertEquals(10_000, Reviews.open(store, review).bodies().size());
            assertEquals(1200, store.history(HistoryFilter.ALL, 0, 10_000).stream()
                    .filter(e -> "renames.csv".equals(e.source())).count(), "a line for each field of each body");
        }
    }

    @Test
    void saveAsKeepsTheReviewsAndTheHistory() throws Exception {
        Path file = dir.resolve("Northmoor.atlas.mv.db");
        List<Review> reviews;
        int entries;
        AuthorityModel model;
        try (AuthorityStore store = SampleFile.create(file, DAY, "t")) {
            reviews = store.reviews();
            entries = store.historySize(HistoryFilter.ALL);
            model = store.load();
            Path copy = dir.resolve("Copy.atlas.mv.db");
            AuditEntry saved = new AuditEntry(0, LocalDateTime.of(2026, 12, 6, 10, 0), "me", How.EDIT, null,
                    "Saved as Copy.atlas.mv.db", null, null, null, null, null, null, null);
            AuthorityStore.create(copy, model.copy(), "t", store, saved).close();
        }
        try (AuthorityStore copy = AuthorityStore.open(dir.resolve("Copy.atlas.mv.db"), "t")) {
            assertEquals(reviews, copy.reviews());
            assertEquals(entries + 1, copy.historySize(HistoryFilter.ALL));
            assertEquals("Saved as Copy.atlas.mv.db", copy.history(HistoryFilter.ALL, 0, 1).get(0).editLabel());
            assertEquals(model.bodies().size(), copy.load().bodies().size());
            assertEquals(SampleAuthority.lastYear(DAY).bodies().size(),
                    Reviews.open(copy, reviews.get(0)).bodies().size());
        }
    }

    @Test
    void aReviewNeedsANameNotUsedBefore() throws Exception {
        try (AuthorityStore store = SampleFile.create(dir.resolve("N.atlas.mv.db"), DAY, "t")) {
            AuthorityModel model = store.load();
            assertThrows(IllegalArgumentException.class, () -> Reviews.record(store, model, " ", DAY, null, "me",
                    DAY.atStartOfDay(), "t"));
            assertThrows(IllegalArgumentException.class, () -> Reviews.record(store, model, "REVIEW 2025/26", DAY,
                    null, "me", DAY.atStartOfDay(), "t"));
            assertEquals(1, store.reviews().size());
        }
    }
}
