package org.partnershipatlas.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.io.SampleAuthority;
import org.partnershipatlas.model.AuditEntry;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Body;
import org.partnershipatlas.model.BodyField;
import org.partnershipatlas.model.BodyKind;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.How;
import org.partnershipatlas.model.Layer;
import org.partnershipatlas.store.AuthorityFileException;
import org.partnershipatlas.store.AuthorityStore;
import org.partnershipatlas.store.HistoryFilter;

class EditPathTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-10T09:30:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    private AuthorityStore store;
    private EditPath path;

    private EditPath open() throws Exception {
        Path file = dir.resolve("Northmoor.atlas.mv.db");
        AuthorityStore.create(file, SampleAuthority.build(LocalDate.of(2026, 6, 1)), "test").close();
        store = AuthorityStore.open(file, "test");
        path = new EditPath(store.load(), store, () -> "Nadia Sharif", CLOCK);
        return path;
    }

    private Body named(String name) {
        return path.model().bodies().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void anEditIsWrittenWithWhoWhenAndEachFieldBeforeAndAfter() throws Exception {
        open();
        Body safer = named("Safer Northmoor Partnership");
        path.perform(Edit.of("Change purpose", Change.update(safer, safer.with(BodyField.PURPOSE, "Reduce crime"))),
                How.EDIT, null);

        List<AuditEntry> entries = store.history(HistoryFilter.ofBody(safer.id()), 0, 10);
        assertEquals(1, entries.size());
        AuditEntry entry = entries.get(0);
        assertEquals("Nadia Sharif", entry.author());
        assertEquals(How.EDIT, entry.how());
        assertEquals("Purpose", entry.field());
        assertEquals("Reduce crime", entry.after());
        assertEquals(LocalDate.of(2026, 6, 10), entry.at().toLocalDate());
        store.close();
    }

    @Test
    void aNewBodyGetsItsPlaceOnTheMapInTheSameEditAndLosesItWithTheUndo() throws Exception {
        open();
        Body body = Body.create(path.model().newId(), "Riverside Forum", BodyKind.FORUM, Layer.OPERATIONAL);
        path.perform(Edit.of("Add Riverside Forum", Change.create(body)), How.EDIT, null);
        assertNotNull(path.model().positionOf(body.id()), "placed by the edit that added it");

        EditPath.Pending undone = path.undo();
        path.write(undone);

        assertEquals(null, path.model().positionOf(body.id()));
        try (AuthorityStore check = reopen()) {
            AuthorityModel saved = check.load();
            assertEquals(null, saved.body(body.id()));
            assertEquals(null, saved.positionOf(body.id()));
        }
    }

    @Test
    void anUndoWhoseSaveFailsIsTakenBackAndCanBeTriedAgain() throws Exception {
        open();
        Body safer = named("Safer Northmoor Partnership");
        path.perform(Edit.of("Rename", Change.update(safer, safer.withName("Safer Together"))), How.EDIT, null);
        store.close(); // the file can no longer be written

        EditPath.Pending undo = path.undo();
        assertThrows(AuthorityFileException.class, () -> path.write(undo));
        path.takeBack(undo);

        assertEquals("Safer Together", path.model().body(safer.id()).name());
        assertTrue(path.history().canUndo(), "undo is offered again");
        assertTrue(path.history().canRedo() == false, "no redo of an undo that never happened");
        assertEquals("Rename", path.history().nextUndoLabel().orElseThrow());
    }

    @Test
    void aFailedWriteOnTheCommandLineLeavesNothingHalfDone() throws Exception {
        open();
        Body safer = named("Safer Northmoor Partnership");
        store.close();
        assertThrows(AuthorityFileException.class, () -> path.perform(Edit.of("Rename",
                Change.update(safer, safer.withName("Safer Together"))), How.EDIT, null));
        assertEquals("Safer Northmoor Partnership", path.model().body(safer.id()).name());
        assertTrue(!path.history().canUndo());
    }

    private AuthorityStore reopen() throws Exception {
        Path file = store.file();
        store.close();
        return AuthorityStore.open(file, "test");
    }
}
