package org.partnershipatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnershipatlas.model.AuthorityModel;
import org.partnershipatlas.model.Change;
import org.partnershipatlas.model.Edit;
import org.partnershipatlas.model.Seat;

/**
 * A file written by the version before seats had places (schema 7, made by that version's
 * {@code atlas apply}: a seat appointed until 20/05/2027) must open after its upgrade with its
 * checksum still agreeing, keep the appointment, and then keep a place and notes given to the seat.
 */
class SeatPlaceUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void aFormat7FileWithAnAppointmentOpensUnchangedAndThenKeepsAPlace() throws Exception {
        Path file = dir.resolve("Eastvale.atlas.mv.db");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/format7-appointment.atlas.mv.db")) {
            Files.copy(in, file);
        }
        assertEquals(7, AuthorityStore.inspect(file));
        Seat appointed;
        try (AuthorityStore store = AuthorityStore.open(file, "t")) {
            assertEquals(7, store.upgradedFrom());
            AuthorityModel model = store.load();
            appointed = model.seats().stream().filter(s -> s.until() != null).findFirst().orElseThrow();
            assertEquals(LocalDate.of(2027, 5, 20), appointed.until());
            Seat placed = new Seat(appointed.id(), appointed.bodyId(), appointed.organisationId(),
                    appointed.personId(), appointed.role(), appointed.appointedBy(), appointed.from(),
                    appointed.until(), "Cabinet Member for Community Safety", "four-year term");
            store.write(Edit.of("Give the seat its place", Change.update(appointed, placed)));
        }
        try (AuthorityStore again = AuthorityStore.open(file, "t")) {
            Seat read = again.load().seat(appointed.id());
            assertEquals("Cabinet Member for Community Safety", read.place());
            assertEquals("four-year term", read.notes());
            assertEquals(LocalDate.of(2027, 5, 20), read.until(), "the appointment is kept");
            java.util.List<org.partnershipatlas.model.AuditEntry> history = again.history(HistoryFilter.ALL, 0, 10);
            assertEquals(1, history.size(), "an upgraded file's history starts at its upgrade");
            assertEquals(org.partnershipatlas.model.How.START, history.get(0).how());
            assertEquals("History starts here (the file was made by an earlier version)", history.get(0).editLabel());
        }
    }
}
