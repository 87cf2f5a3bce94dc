package org.partnershipatlas.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.io.GeneratedAuthority;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.report.FileReplacement;
import org.partnershipatlas.store.AuthorityStore;

/** An export never destroys the authority, an authority file or a folder, and a failed one leaves nothing. */
class ExportSafetyTest {
    @TempDir
    Path dir;
    private Path authority;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void anAuthority() throws Exception {
        authority = dir.resolve("Northmoor.atlas.mv.db");
        AuthorityStore.create(authority, SampleAuthority.build(LocalDate.of(2026, 12, 2)), "t").close();
    }

    private int export(String format, Path target) {
        out.reset();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        return Main.run(new String[] {"export", authority.toString(), "--format", format, "--out", target.toString()},
                print, print);
    }

    private String said() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anExportOverTheAuthorityItselfIsRefusedAndTheFileIsUntouched() throws Exception {
        byte[] before = Files.readAllBytes(authority);
        for (String format : List.of("json", "csv", "xlsx", "graphml", "gexf", "svg")) {
            assertEquals(2, export(format, authority), said());
            assertTrue(said().contains("is an authority file"), said());
        }
        assertArrayEquals(before, Files.readAllBytes(authority));
        Path other = dir.resolve("Other.atlas.mv.db");
        Files.copy(authority, other);
        Path renamed = dir.resolve("renamed-database.json");
        Files.copy(authority, renamed);
        assertEquals(2, export("json", renamed), said());
        assertArrayEquals(before, Files.readAllBytes(renamed), "a database under another name is kept too");
        assertNothingHidden();
    }

    @Test
    void anExportToAFolderIsRefusedAndTheFolderStays() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("Exports"));
        assertEquals(2, export("json", folder), said());
        assertTrue(said().contains("is a folder"), said());
        assertTrue(Files.isDirectory(folder));
        assertNothingHidden();
    }

    @Test
    void aLinkIsFollowedToItsFileAndALinkToNothingIsRefused() throws Exception {
        Path real = dir.resolve("register.csv");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("latest.csv"), real);
        assertEquals(0, export("csv", link), said());
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertTrue(Files.readString(real).contains("Northmoor Together Board"));
        Path dangling = Files.createSymbolicLink(dir.resolve("gone.csv"), dir.resolve("missing/nowhere.csv"));
        assertEquals(2, export("csv", dangling), said());
        assertTrue(said().contains("symbolic link"), said());
        assertTrue(Files.isSymbolicLink(dangling));
        Path loop = dir.resolve("loop.csv");
        Files.createSymbolicLink(loop, loop);
        assertEquals(2, export("csv", loop), said());
        assertTrue(Files.isSymbolicLink(loop));
        assertNothingHidden();
    }

    @Test
    void aFailureHalfWayLeavesTheOldFileAndNoPartBehind() throws Exception {
        Path target = dir.resolve("register.csv");
        Files.writeString(target, "the register as it was");
        IOException e = assertThrows(IOException.class, () -> FileReplacement.write(target, partial -> {
            Files.writeString(partial, "half a regi");
            throw new IOException("No space left on device");
        }));
        assertTrue(e.getMessage().contains("the disk is full"), e.getMessage());
        assertTrue(e.getMessage().contains("as it was"), e.getMessage());
        assertEquals("the register as it was", Files.readString(target));
        RuntimeException library = new RuntimeException(new IOException("No space left on device"));
        IOException wrapped = assertThrows(IOException.class, () -> FileReplacement.write(target, partial -> {
            Files.writeString(partial, "x");
            throw library;
        }));
        assertTrue(wrapped.getMessage().contains("the disk is full"), wrapped.getMessage());
        assertNothingHidden();
    }

    @Test
    void aFullDiskGivesOneLineAndLeavesNothing() throws Exception {
        Path small = dir.resolve("small");
        Files.createDirectory(small);
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=8k", "tmpfs", small.toString())
                .redirectErrorStream(true).start();
        boolean mounted;
        try {
            mounted = mount.waitFor() == 0;
        } catch (InterruptedException e) {
            mounted = false;
        }
        assumeTrue(mounted, "a small tmpfs cannot be mounted here (needs root); the simulated failure above stands in");
        try {
            Path big = dir.resolve("Big.atlas.mv.db");
            AuthorityStore.create(big, GeneratedAuthority.build(1000, 200, 3000, 7), "t").close();
            authority = big;
            for (String format : List.of("xlsx", "json", "csv", "svg")) {
                assertEquals(2, export(format, small.resolve("register." + format)), said());
                assertTrue(said().contains("the disk is full"), format + ": " + said());
                assertFalse(said().contains("Exception"), said());
                try (Stream<Path> left = Files.list(small)) {
                    assertEquals(0, left.count(), format + ": something was left on the full disk");
                }
                assertEquals(List.of(), openFilesUnder(small), format + ": a failed export left a file open");
            }
        } finally {
            new ProcessBuilder("umount", "-l", small.toString()).start().waitFor();
        }
    }

    /** This process's open files inside a folder, from /proc (Linux). */
    private static List<String> openFilesUnder(Path folder) throws IOException {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return List.of();
        }
        List<String> open = new java.util.ArrayList<>();
        try (Stream<Path> all = Files.list(fds)) {
            for (Path fd : all.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith(folder.toString())) {
                        open.add(target);
                    }
                } catch (IOException ignored) {
                    // closed while listing
                }
            }
        }
        return open;
    }

    private void assertNothingHidden() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "a .part file was left");
        }
    }
}
