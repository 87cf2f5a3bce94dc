package org.partnershipatlas.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.store.AuthorityFileException;
import org.partnershipatlas.store.AuthorityFiles;
import org.partnershipatlas.store.AuthorityStore;
import org.partnershipatlas.store.HoldFileOpen;

/** The smaller cases of issue 14: each said in words, with the way out that works where it is said. */
class FileProblemMessagesTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        return Main.run(args, print, print);
    }

    private String said() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aLockedFileOnTheCommandLineOffersReadOnlyAndReadOnlyWorks() throws Exception {
        Path file = dir.resolve("Shared.atlas.mv.db");
        AuthorityStore.create(file, SampleAuthority.build(LocalDate.of(2026, 12, 2)), "t").close();
        Process holder = HoldFileOpen.start(HoldFileOpen.class, file.toString());
        try {
            assertEquals(2, run("info", file.toString()), said());
            assertTrue(said().contains("is open in another") && said().contains("--read-only"), said());
            assertEquals(0, run("info", file.toString(), "--read-only"), said());
            assertTrue(said().contains("Northmoor"), said());
            assertTrue(run("check", file.toString(), "--read-only") <= 1, said());
            Path csv = dir.resolve("register.csv");
            assertEquals(0, run("export", file.toString(), "--read-only", "--format", "csv", "--out", csv.toString()),
                    said());
            Files.writeString(dir.resolve("new.csv"), "Name\nNew Forum\n");
            assertEquals(2, run("import", dir.resolve("new.csv").toString(), "--into", file.toString()), said());
            assertTrue(said().contains("Close it there first"), said());
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(20, TimeUnit.SECONDS));
        }
    }

    @Test
    void readingAnOlderFileLeavesNoCopyInTheTemporaryFolder() throws Exception {
        Path file = dir.resolve("Oldham Vale.atlas.mv.db");
        try (var in = getClass().getResourceAsStream("/fixtures/format1.atlas.mv.db")) {
            Files.copy(in, file);
        }
        byte[] before = Files.readAllBytes(file);
        long copies = temporaryCopies();
        assertEquals(0, run("info", file.toString()), said());
        assertEquals(0, run("export", file.toString(), "--format", "json", "--out", dir.resolve("o.json").toString()),
                said());
        assertEquals(copies, temporaryCopies());
        assertArrayEquals(before, Files.readAllBytes(file), "reading does not upgrade");
    }

    @Test
    void anUpgradeWhoseBackupCannotBeMadeSaysSoAndLeavesTheFile() throws Exception {
        Path file = dir.resolve("Oldham Vale.atlas.mv.db");
        try (var in = getClass().getResourceAsStream("/fixtures/format1.atlas.mv.db")) {
            Files.copy(in, file);
        }
        Path backup = dir.resolve("Oldham Vale.format1-backup.atlas.mv.db");
        Files.createDirectories(backup.resolve("in the way"));
        byte[] before = Files.readAllBytes(file);
        AuthorityFileException e = assertThrows(AuthorityFileException.class, () -> AuthorityStore.open(file, "t"));
        assertTrue(e.getMessage().contains("no copy of it could be kept") && e.getMessage().contains("not upgraded"),
                e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void twoProgramsMakingTheSameNewFileAtOnceLeaveOneWholeFileAndNoSql() throws Exception {
        Path target = dir.resolve("Race.atlas.mv.db");
        Path source = dir.resolve("race.csv");
        Files.writeString(source, "Name,Reports to\nRace Board,\nRace Group,Race Board\n");
        List<Process> racers = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            racers.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), Main.class.getName(), "import", source.toString(), "--into",
                    target.toString()).redirectErrorStream(true).start());
        }
        for (Process racer : racers) {
            String text = new String(racer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(racer.waitFor(60, TimeUnit.SECONDS));
            assertTrue(!text.contains("SQL") && !text.contains("Exception") && !text.contains("org.h2"), text);
        }
        try (AuthorityStore store = AuthorityStore.open(target, "t")) {
            assertEquals(2, store.load().bodies().size());
        }
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains("-writing")), "a partial file was left");
        }
    }

    @Test
    void aPasswordProtectedDatabaseIsNamedAsSuchAndLeftAlone() throws Exception {
        Path file = dir.resolve("Locked away.atlas.mv.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + file.toString().replace(".mv.db", ""),
                "officer", "secret")) {
            c.createStatement().execute("CREATE TABLE t (id INT)");
        }
        byte[] before = Files.readAllBytes(file);
        AuthorityFileException e = org.junit.jupiter.api.Assertions.assertThrows(AuthorityFileException.class,
                () -> AuthorityStore.open(file, "t"));
        assertTrue(e.getMessage().contains("is protected by a password"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aLinkToAnAuthorityFileOpensThatFileAndALinkToNothingIsRefused() throws Exception {
        Path real = dir.resolve("Real.atlas.mv.db");
        AuthorityStore.create(real, SampleAuthority.build(LocalDate.of(2026, 12, 2)), "t").close();
        Path link = java.nio.file.Files.createSymbolicLink(dir.resolve("Shortcut.atlas.mv.db"), real);
        assertEquals(0, run("apply", link.toString(), write("action,body,field,value\n"
                + "set,Safer Northmoor Partnership,Short name,Via link\n").toString()), said());
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        try (AuthorityStore store = AuthorityStore.open(real, "t")) {
            assertTrue(store.load().bodies().stream().anyMatch(b -> "Via link".equals(b.shortName())));
        }
        Path dangling = java.nio.file.Files.createSymbolicLink(dir.resolve("Gone.atlas.mv.db"), dir.resolve("nowhere"));
        AuthorityFileException e = org.junit.jupiter.api.Assertions.assertThrows(AuthorityFileException.class,
                () -> AuthorityStore.open(dangling, "t"));
        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(AuthorityFileException.class,
                () -> AuthorityStore.create(dangling, SampleAuthority.build(LocalDate.of(2026, 12, 2)), "t"));
        assertTrue(Files.isSymbolicLink(dangling) && !Files.exists(dir.resolve("nowhere")));
    }

    private Path write(String table) throws Exception {
        Path edits = Files.createTempFile(dir, "edits", ".csv");
        Files.writeString(edits, table);
        return edits;
    }

    @Test
    void anUnknownWordOrNoDisplayIsOneLineNotAWindow() {
        assertTrue(Main.windowRefusal(new String[] {"reveiw"}, Map.of(), "Linux", "")
                .contains("unknown command \"reveiw\""));
        assertTrue(Main.windowRefusal(new String[] {"reveiw", "x"}, Map.of("DISPLAY", ":0"), "Linux", "")
                .contains("unknown command"));
        assertTrue(Main.windowRefusal(new String[0], Map.of(), "Linux", "").contains("no display"));
        assertNull(Main.windowRefusal(new String[0], Map.of("DISPLAY", ":0"), "Linux", ""));
        assertNull(Main.windowRefusal(new String[0], Map.of(), "Windows 11", ""));
        assertNull(Main.windowRefusal(new String[] {"Northmoor.atlas.mv.db"}, Map.of("DISPLAY", ":0"), "Linux", ""));
        assertEquals(2, run("reveiw", "x"));
        assertTrue(said().contains("unknown command \"reveiw\""), said());
    }

    private static long temporaryCopies() throws Exception {
        try (var paths = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return paths.filter(p -> p.getFileName().toString().startsWith("atlas-")).count();
        }
    }
}
