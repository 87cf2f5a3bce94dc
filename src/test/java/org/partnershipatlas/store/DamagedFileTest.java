package org.partnershipatlas.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;

/**
 * Damaged files are refused, or read exactly as they were saved and then keep what is written to
 * them: never a file that opens, takes an edit and loses it. The damage is a campaign: flipped bits
 * over the whole file (every byte of the newest chunk's header among them), truncations and zeroed
 * blocks, each tried on a fresh copy.
 */
class DamagedFileTest {
    @TempDir
    static Path dir;
    static Path good;
    static byte[] goodBytes;
    static List<org.partnershipatlas.model.Entity> saved;

    @BeforeAll
    static void saveTheSampleWithSomeEdits() throws Exception {
        good = dir.resolve("Northmoor.atlas.mv.db");
        AuthorityModel model = SampleAuthority.build(LocalDate.of(2026, 12, 2));
        try (AuthorityStore store = AuthorityStore.create(good, model, "test")) {
            for (int i = 0; i < 12; i++) {
                Body body = List.copyOf(model.bodies()).get(i);
                Edit edit = Edit.of("Rename", Change.update(body, body.with(BodyField.SHORT_NAME, "S" + i)));
                model.apply(edit);
                store.write(edit);
            }
        }
        goodBytes = Files.readAllBytes(good);
        saved = model.entities();
    }

    @Test
    void everyFlippedByteInTheNewestChunkHeaderIsRefusedOrReadWhole() throws Exception {
        int header = newestChunkHeader(goodBytes);
        int end = header;
        while (end < goodBytes.length && goodBytes[end] != '\n' && end - header < 400) {
            end++;
        }
        List<String> broken = new ArrayList<>();
        for (int pos = header; pos < end; pos++) {
            byte[] bytes = goodBytes.clone();
            bytes[pos] ^= 0x01;
            tryDamaged("header byte " + pos, bytes, broken);
        }
        assertTrue(broken.isEmpty(), String.join("\n", broken));
    }

    @Test
    void flippedBytesAcrossTheWholeFileAreRefusedOrReadWhole() throws Exception {
        Random random = new Random(20261202);
        List<String> broken = new ArrayList<>();
        for (int i = 0; i < 160; i++) {
            int pos = random.nextInt(goodBytes.length);
            byte[] bytes = goodBytes.clone();
            bytes[pos] ^= (byte) (1 << random.nextInt(8));
            tryDamaged("byte " + pos, bytes, broken);
        }
        assertTrue(broken.isEmpty(), String.join("\n", broken));
    }

    @Test
    void truncationsAndZeroedBlocksAreRefusedOrReadWhole() throws Exception {
        List<String> broken = new ArrayList<>();
        for (int keep : new int[] {0, 3, 100, 4096, 8192, goodBytes.length / 2, goodBytes.length - 4096,
                goodBytes.length - 1}) {
            tryDamaged("cut to " + keep, java.util.Arrays.copyOf(goodBytes, keep), broken);
        }
        for (int block = 0; block < goodBytes.length / 4096; block++) {
            byte[] bytes = goodBytes.clone();
            java.util.Arrays.fill(bytes, block * 4096, Math.min(bytes.length, block * 4096 + 4096), (byte) 0);
            tryDamaged("block " + block + " zeroed", bytes, broken);
        }
        assertTrue(broken.isEmpty(), String.join("\n", broken));
    }

    /** Opens a damaged copy: refused and unchanged, or read as saved and keeping a new edit. */
    private static void tryDamaged(String what, byte[] bytes, List<String> broken) throws Exception {
        Path file = Files.createTempDirectory(dir, "d").resolve("Damaged.atlas.mv.db");
        Files.write(file, bytes);
        AuthorityModel model;
        try (AuthorityStore store = AuthorityStore.open(file, "test")) {
            model = store.load();
            if (!model.entities().equals(saved)) {
                broken.add(what + ": opened, but does not hold what was saved");
                return;
            }
            Body first = List.copyOf(model.bodies()).get(0);
            Edit edit = Edit.of("Rename", Change.update(first, first.with(BodyField.NAME, "Kept after damage")));
            model.apply(edit);
            store.write(edit);
        } catch (AuthorityFileException refused) {
            if (!java.util.Arrays.equals(bytes, Files.readAllBytes(file))) {
                broken.add(what + ": refused, but the file was changed");
            }
            if (refused.getMessage().contains("Exception") || refused.getMessage().contains("SQL")) {
                broken.add(what + ": message shows program text: " + refused.getMessage());
            }
            return;
        }
        try (AuthorityStore store = AuthorityStore.open(file, "test")) {
            if (!store.load().entities().equals(model.entities())) {
                broken.add(what + ": an edit written after opening was lost");
            }
        } catch (AuthorityFileException e) {
            broken.add(what + ": opened and written, then refused: " + e.getMessage());
        }
    }

    @Test
    void theUndamagedFileOpensAndTheCheckLeavesNoCopyBehind() throws Exception {
        Path file = dir.resolve("Whole.atlas.mv.db");
        Files.write(file, goodBytes);
        long before = countTemporaryChecks();
        try (AuthorityStore store = AuthorityStore.open(file, "test")) {
            assertEquals(saved, store.load().entities());
        }
        assertEquals(before, countTemporaryChecks());
        assertFalse(Files.exists(AuthorityFiles.hiddenSibling(file, "importing")));
    }

    @Test
    void aFileWhoseRowsDisagreeWithItsChecksumIsRefused() throws Exception {
        Path file = dir.resolve("Tampered.atlas.mv.db");
        Files.write(file, goodBytes);
        long id = saved.stream().filter(Body.class::isInstance).findFirst().orElseThrow().id();
        try (var c = java.sql.DriverManager.getConnection(AuthorityFiles.jdbcUrl(file, true, ""))) {
            c.createStatement().execute("UPDATE body SET name = 'Changed behind its back' WHERE id = " + id);
        }
        byte[] tampered = Files.readAllBytes(file);
        AuthorityFileException e = org.junit.jupiter.api.Assertions.assertThrows(AuthorityFileException.class,
                () -> AuthorityStore.open(file, "test"));
        assertEquals(AuthorityFileException.Reason.DAMAGED_BUT_READABLE, e.reason());
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
        assertArrayEquals(tampered, Files.readAllBytes(file));
        try (AuthorityStore copy = AuthorityStore.openCopyOf(file, "test")) {
            assertEquals("Changed behind its back", copy.load().body(id).name());
        }
    }

    private static long countTemporaryChecks() throws Exception {
        try (var paths = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return paths.filter(p -> p.getFileName().toString().startsWith("atlas-")).count();
        }
    }

    /** Where the chunk with the highest version starts: H2's chunk headers are text lines. */
    private static int newestChunkHeader(byte[] bytes) {
        int best = -1;
        long bestVersion = -1;
        for (int block = 2; block * 4096 < bytes.length; block++) {
            int at = block * 4096;
            String line = new String(bytes, at, Math.min(300, bytes.length - at), StandardCharsets.ISO_8859_1);
            if (!line.startsWith("chunk:")) {
                continue;
            }
            for (String field : line.split("[,\n]")) {
                if (field.startsWith("version:")) {
                    long version = Long.parseLong(field.substring(8).trim(), 16);
                    if (version > bestVersion) {
                        bestVersion = version;
                        best = at;
                    }
                }
            }
        }
        assertTrue(best >= 0, "no chunk header found");
        return best;
    }
}
