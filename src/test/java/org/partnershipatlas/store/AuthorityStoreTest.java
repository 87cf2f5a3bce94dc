package org.partnershipatlas.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.EditHistory;
import org.partnershipatlas.model.TestAuthorities;

class AuthorityStoreTest {
    @TempDir
    Path dir;

    @Test
    void everyFieldOfEveryEntityIsWrittenAndReadBackEqual() throws Exception {
        AuthorityModel original = TestAuthorities.small();
        Path file = dir.resolve("Testshire.atlas.mv.db");
        try (AuthorityStore store = AuthorityStore.create(file, original, "test")) {
            assertEquals(original.entities(), store.load().entities());
        }
        try (AuthorityStore reopened = AuthorityStore.open(file, "test")) {
            assertEquals(original.entities(), reopened.load().entities());
        }
    }

    @Test
    void aNewFileGetsTheCurrentSchemaAndRecordsTheAppVersion() throws Exception {
        Path file = AuthorityFiles.withExtension(dir.resolve("New"));
        try (AuthorityStore store = AuthorityStore.create(file, TestAuthorities.small(), "9.9.9")) {
            assertEquals("9.9.9", store.lastWrittenBy());
        }
        assertEquals(Schema.CURRENT, AuthorityStore.inspect(file));
        assertTrue(file.getFileName().toString().endsWith(".atlas.mv.db"));
    }

    @Test
    void editsAndTheirUndoAreKeptAcrossReopening() throws Exception {
        Path file = dir.resolve("Edits.atlas.mv.db");
        AuthorityModel model = TestAuthorities.small();
        EditHistory history = new EditHistory(model);
        try (AuthorityStore store = AuthorityStore.create(file, model, "test")) {
            Body csp = model.body(11);
            Body renamed = csp.with(BodyField.NAME, "Safer Testshire Partnership").with(BodyField.CHAIR, 5L);
            store.write(history.perform(Edit.of("Edit body", Change.update(csp, renamed))));
            Body asb = model.body(12);
            store.write(history.perform(new Edit("Delete body",
                    List.of(Change.delete(model.line(21)), Change.delete(asb)))));
            store.write(history.undo());
        }
        try (AuthorityStore store = AuthorityStore.open(file, "test")) {
            AuthorityModel reopened = store.load();
            assertEquals("Safer Testshire Partnership", reopened.body(11).name());
            assertEquals(5L, reopened.body(11).governance().chairId());
            assertEquals(model.entities(), reopened.entities());
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("Minutes.atlas.mv.db");
        Files.writeString(file, "Minutes of the Community Safety Partnership, 12 March");
        byte[] before = Files.readAllBytes(file);
        AuthorityFileException e = assertThrows(AuthorityFileException.class, () -> AuthorityStore.open(file, "t"));
        assertEquals(AuthorityFileException.Reason.NOT_AN_AUTHORITY_FILE, e.reason());
        assertTrue(e.getMessage().contains("Minutes.atlas.mv.db"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aTruncatedFileIsReportedDamagedAndLeftAsItWas() throws Exception {
        Path good = dir.resolve("Good.atlas.mv.db");
        AuthorityStore.create(good, TestAuthorities.small(), "t").close();
        byte[] whole = Files.readAllBytes(good);
        Path file = dir.resolve("Cut.atlas.mv.db");
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 3));
        byte[] before = Files.readAllBytes(file);
        AuthorityFileException e = assertThrows(AuthorityFileException.class, () -> AuthorityStore.open(file, "t"));
        assertEquals(AuthorityFileException.Reason.DAMAGED, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains("Cut.atlas.mv.db"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(file), listFiles(), "no trace or lock files left behind");
    }

    private List<Path> listFiles() throws Exception {
        try (var files = Files.list(dir)) {
            return files.filter(p -> !p.getFileName().toString().startsWith("Good")).toList();
        }
    }
}
