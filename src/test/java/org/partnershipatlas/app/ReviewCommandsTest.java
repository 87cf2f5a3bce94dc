package org.partnershipatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.document.SampleFile;

/** {@code atlas review}, {@code atlas diff} and {@code atlas history}, as a head of policy's analyst uses them. */
class ReviewCommandsTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int atlas(String... args) {
        out.reset();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        return Main.run(args, print, print);
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void diffAsJsonListsTheSamplesDifferencesSinceLastYearsReview() throws Exception {
        assertEquals(0, atlas("diff", "--json"));
        JsonNode doc = new ObjectMapper().readTree(printed());
        assertEquals("now", doc.get("to").asText());
        assertTrue(doc.get("from").asText().startsWith("Review "));
        Set<String> seen = new HashSet<>();
        doc.get("differences").forEach(d -> seen.add(d.get("kind").asText() + ":" + d.get("body").asText()));
        assertTrue(seen.contains("ADDED:Nature Recovery Task Group"), seen.toString());
        assertTrue(seen.contains("ADDED:Sport and Physical Activity Group"));
        assertTrue(seen.contains("CLOSED:Older People's Forum"));
        assertTrue(seen.contains("RECLASSIFIED:Mental Health Alliance"));
        assertTrue(seen.contains("PEOPLE:Safer Northmoor Partnership"));
        assertTrue(doc.get("totals").get("councilContributionsBeforePence").asLong()
                > doc.get("totals").get("councilContributionsAfterPence").asLong());
    }

    @Test
    void aReviewRecordedFromTheCommandLineCanBeComparedAndLeavesTheOtherCommandsReadOnly() throws Exception {
        Path file = dir.resolve("Northmoor.atlas.mv.db");
        SampleFile.create(file, LocalDate.now(), "t").close();
        assertEquals(0, atlas("review", file.toString(), "--record", "Review 2026/27", "--note", "For cabinet"));
        assertTrue(printed().contains("Recorded the review Review 2026/27"), printed());
        assertEquals(2, atlas("review", file.toString(), "--record", "review 2026/27"));
        assertTrue(printed().contains("already a review called"), printed());

        byte[] before = Files.readAllBytes(file);
        assertEquals(0, atlas("review", file.toString()));
        assertTrue(printed().contains("2 reviews recorded"), printed());
        assertEquals(0, atlas("diff", file.toString(), "--from", "Review 2026/27", "--to", "now"));
        assertTrue(printed().contains(": 0 differences"), printed());
        assertEquals(0, atlas("diff", file.toString(), "--to", "Review 2026/27", "--from", "Review 2025/26"));
        assertTrue(printed().contains("Nature Recovery Task Group"), printed());
        assertEquals(2, atlas("diff", file.toString(), "--from", "Review 1999"));
        assertTrue(printed().contains("no review called \"Review 1999\""), printed());
        assertEquals(0, atlas("history", file.toString(), "--body", "Mental Health Alliance"));
        assertTrue(printed().contains("Classify Mental Health Alliance"), printed());
        assertTrue(Files.mismatch(file, file) == -1 && java.util.Arrays.equals(before, Files.readAllBytes(file)),
                "listing, comparing and reading the history change nothing in the file");
    }

    @Test
    void historyAsCsvHasAHeaderAndOneRowPerFieldChanged() throws Exception {
        Path file = dir.resolve("Northmoor.atlas.mv.db");
        SampleFile.create(file, LocalDate.now(), "t").close();
        assertEquals(0, atlas("history", file.toString(), "--csv", "--since", "2000-01-01"));
        String[] lines = printed().split("\\R");
        assertEquals("When,Who,How,Source,Edit,Kind,Body or thing,Field,Before,After", lines[0]);
        assertTrue(printed().contains("Lead member,Cllr Alan Birtles,Cllr Tom Okafor"), printed());
        assertEquals(2, atlas("history", file.toString(), "--since", "last year"));
        assertTrue(printed().contains("--since takes a date written 2026-04-01"), printed());
    }
}
