package org.partnershipatlas.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.model.TestAuthorities;
import org.partnershipatlas.store.AuthorityStore;

class CommandLineTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void infoWithNoFileDescribesTheSample() {
        assertEquals(0, run("info"));
        assertTrue(out().contains("Authority: Northmoor District Council (District)"), out());
        assertTrue(out().contains("Bodies: 70"), out());
        assertTrue(out().contains("Organisations: 45"), out());
        assertTrue(out().contains("File format: " + org.partnershipatlas.store.AuthorityStore.currentFormat()), out());
    }

    @Test
    void infoOnAFileCountsItAndLeavesItUnchanged() throws Exception {
        Path file = dir.resolve("Testshire.atlas.mv.db");
        AuthorityStore.create(file, TestAuthorities.small(), "t").close();
        byte[] before = Files.readAllBytes(file);
        assertEquals(0, run("info", file.toString()));
        assertTrue(out().contains("Bodies: 3\n  Strategic: 1\n  Executive: 1\n  Operational: 1"), out());
        assertTrue(out().contains("  Partnership: 1\n  Network: 0"), out());
        assertTrue(out().contains("Accountability lines: 2\nSeats: " + TestAuthorities.small().seats().size()), out());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aBadFileOrBadArgumentsExitTwoWithOneLine() throws Exception {
        Path notes = dir.resolve("notes.atlas.mv.db");
        Files.writeString(notes, "not a database");
        assertEquals(2, run("info", notes.toString()));
        assertEquals("atlas info: notes.atlas.mv.db is not a Partnership Atlas authority file.\n",
                err.toString(StandardCharsets.UTF_8));
        err.reset();
        assertEquals(2, run("info", "a", "b"));
        assertEquals(1, err.toString(StandardCharsets.UTF_8).lines().count());
        err.reset();
        assertEquals(2, run("frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command \"frobnicate\""));
    }

    @Test
    void checkOnTheSampleFindsItsFaultsAndExitsOneForHighFindings() throws Exception {
        assertEquals(1, run("check"));
        assertTrue(out().startsWith("Health check of Northmoor District Council: 4 high,"), out());
        assertTrue(out().contains("HIGH | Partnership without a lead member\n  \"Northmoor Economic Partnership\""),
                out());
        out.reset();
        assertEquals(1, run("check", "--json"));
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out());
        assertEquals(4, json.get("counts").get("HIGH").asInt());
        assertEquals("Partnership without a lead member", json.get("findings").get(0).get("title").asText());
        assertEquals("Northmoor Economic Partnership", json.get("findings").get(0).get("bodies").get(0).asText());
    }

    @Test
    void checkOnAFileWithNoHighFindingsExitsZeroAndLeavesItUnchanged() throws Exception {
        Path file = dir.resolve("Clean.atlas.mv.db");
        AuthorityStore.create(file, TestAuthorities.small(), "t").close();
        byte[] before = Files.readAllBytes(file);
        assertEquals(0, run("check", file.toString()));
        assertTrue(out().contains(": 0 high,"), out());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(2, run("check", dir.resolve("missing.atlas.mv.db").toString()));
        assertEquals(2, run("check", "--yaml"));
    }

    @Test
    void everyCommandHasHelp() {
        assertEquals(0, run("info", "--help"));
        assertTrue(out().startsWith("atlas info [FILE]"));
        out.reset();
        assertEquals(0, run("bench", "--help"));
        assertTrue(out().contains("reopen-10000-ms"));
        out.reset();
        assertEquals(0, run("--help"));
        assertTrue(out().contains("atlas info [FILE]"));
    }
}
