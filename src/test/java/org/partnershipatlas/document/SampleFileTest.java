package org.partnershipatlas.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.analysis.StructureComparison;
import org.partnershipatlas.analysis.StructureComparison.Kind;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.model.AuditEntry;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.Review;
import org.partnershipatlas.store.AuthorityStore;
import org.partnershipatlas.store.HistoryFilter;

/** The bundled sample comes with last year's review and a year of changes since, made as edits. */
class SampleFileTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @TempDir
    Path dir;

    @Test
    void theSampleHoldsLastYearsReviewAndTheYearsChangesAsHistory() throws Exception {
        try (AuthorityStore store = SampleFile.create(dir.resolve("Northmoor.atlas.mv.db"), TODAY, "test")) {
            AuthorityModel now = store.load();
            Set<String> expected = SampleAuthority.build(TODAY).bodies().stream().map(Body::name)
                    .collect(Collectors.toSet());
            assertEquals(expected, now.bodies().stream().map(Body::name).collect(Collectors.toSet()),
                    "the year's edits bring the file to today's sample");
            assertTrue(now.bodies().stream().allMatch(b -> now.positionOf(b.id()) != null), "every body placed");

            List<Review> reviews = store.reviews();
            assertEquals(1, reviews.size());
            assertEquals("Review 2025/26", reviews.get(0).name());

            StructureComparison.Result changes = Reviews.compare(store, reviews.get(0), null, now, TODAY);
            assertEquals(Set.of("Nature Recovery Task Group", "Sport and Physical Activity Group"),
                    names(changes.of(Kind.ADDED)));
            assertEquals(Set.of("Older People's Forum"), names(changes.of(Kind.CLOSED)));
            assertEquals(Set.of("Mental Health Alliance"), names(changes.of(Kind.RECLASSIFIED)));
            assertTrue(changes.of(Kind.RECLASSIFIED).get(0).after().contains("pool a prevention budget"),
                    "the reclassification carries its rationale");
            assertTrue(changes.of(Kind.PEOPLE).stream().anyMatch(d -> d.what().equals("Lead member")
                    && d.before().equals("Cllr Alan Birtles")));
            assertEquals(2, changes.of(Kind.MONEY).size());

            List<AuditEntry> history = store.history(HistoryFilter.ALL, 0, 1000);
            assertTrue(history.size() > 5);
            assertTrue(history.stream().map(AuditEntry::author).collect(Collectors.toSet()).size() >= 3);
            assertTrue(history.stream().anyMatch(e -> e.editLabel().startsWith("Recorded the review")));
        }
    }

    private static Set<String> names(List<StructureComparison.Difference> differences) {
        return differences.stream().map(StructureComparison.Difference::bodyName).collect(Collectors.toSet());
    }
}
